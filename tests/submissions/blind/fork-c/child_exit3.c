/* Learner: child ends with exit(3) (copied an error code).
 * Expected: loses only "the child ends by itself (exit 0)". */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(3);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    int st;
    waitpid(pid, &st, 0);
    return 0;
}
