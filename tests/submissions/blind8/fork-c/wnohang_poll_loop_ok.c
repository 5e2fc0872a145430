/* LEARNER: parent polls waitpid(pid, &st, WNOHANG) in a loop with usleep(1000) until the
 * child is reaped (busy-ish wait, but it does wait), checks WIFEXITED.
 * TARGET: C.
 * FAIR: 14.5/14.5 (full: the parent really reaps its child before exiting). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        usleep(50000);
        exit(EXIT_SUCCESS);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    int st = 0;
    pid_t r;
    while ((r = waitpid(pid, &st, WNOHANG)) == 0)
        usleep(1000);
    if (r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    return 1;
}
