/* LEARNER: puts wait(NULL) in the wrong branch: the CHILD calls wait() (fails with ECHILD), the
 * parent returns at once. The child sleeps 0.3 s before printing, so the parent is gone.
 * FAIR GRADE: 11.5/14.5 -- fail "the parent waits for its child" (1) and the ppid check (2). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        wait(NULL);
        usleep(300000);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    return 0;
}
