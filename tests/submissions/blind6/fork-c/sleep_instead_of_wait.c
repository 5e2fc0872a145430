/* Learner (WRONG): "the parent must stay alive until the child prints" -> sleep(1) instead of
 * wait(); progress printed with puts("[parent] sleeping so the child can finish"). The child
 * is never reaped by the parent.
 * FAIR GRADE: 11.5/14.5 (fails "the parent waits" (1) and the ppid check that needs it (2)). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    puts("[parent] sleeping so the child can finish");
    fflush(stdout);
    sleep(1);
    return 0;
}
