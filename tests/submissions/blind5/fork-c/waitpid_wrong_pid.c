/* LEARNER: waits for the wrong pid: waitpid(pid + 1, ...) (an off-by-one "because the child
 * is the next pid"), which fails at once with ECHILD; the error is not checked. The child
 * sleeps a bit before printing, so the parent has already exited when it asks getppid().
 * FAIR GRADE: 11.5/14.5 -- fail "the parent waits for its child" (1) and "the child's ppid is
 * its parent's pid" (2). Everything else passes. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        usleep(300000);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid + 1, NULL, 0);
    return 0;
}
