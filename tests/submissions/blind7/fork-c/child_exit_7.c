/* Learner (WRONG, small): child ends with exit(7) "so the parent can tell it was the
 * child"; parent waits and prints nothing more. Assignment asks the child to end by
 * itself with exit 0.
 * FAIR: 13.5/14.5: fails only "the child ends by itself (exit 0)". */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        exit(7);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    int status;
    wait(&status);
    return 0;
}
