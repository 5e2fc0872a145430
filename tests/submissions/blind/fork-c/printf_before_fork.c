/* Learner: prints a banner with printf before fork and never fflushes; stdout is a pipe
 * under the grader, so the banner sits in the buffer and is copied into the child.
 * Expected: loses only "nothing is printed twice" (the banner comes out twice). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    printf("Process (%d) start...\n", getpid());
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
