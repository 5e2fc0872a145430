/* Learner: calls fork() twice by mistake (once to test, once "for real"): three extra
 * processes, two of them print the child line.
 * Expected: loses "there is a child process" (exactly 1) and every check that needs it. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    fork();
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    while (wait(NULL) > 0) {}
    return 0;
}
