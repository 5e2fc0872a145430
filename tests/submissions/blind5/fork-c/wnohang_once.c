/* LEARNER: uses waitpid(pid, &st, WNOHANG) once ("so the parent does not block"): it returns 0
 * at once because the child (which sleeps 0.2 s) is still running; the parent exits without
 * waiting.
 * FAIR GRADE: 11.5/14.5 -- fail "the parent waits for its child" (1) and the ppid check (2). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    int st;
    pid_t pid = fork();
    if (pid == 0) {
        usleep(200000);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    if (waitpid(pid, &st, WNOHANG) == 0)
        printf("child still running\n");
    return 0;
}
