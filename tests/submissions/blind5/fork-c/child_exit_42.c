/* LEARNER: everything right, but the child ends with exit(42) ("the answer"), and the parent
 * prints the status with WEXITSTATUS in an extra line.
 * FAIR GRADE: 13.5/14.5 -- only "the child ends by itself (exit 0)" fails. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(42);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    int status;
    wait(&status);
    if (WIFEXITED(status)) printf("child exited with %d\n", WEXITSTATUS(status));
    return 0;
}
