/* LEARNER: textbook fork with waitpid(pid, &st, 0) and a WIFEXITED/WEXITSTATUS report line
 * ("child exited with status 0") after the wait; child ends with exit(0).
 * TARGET: C (gcc, Debian 12).
 * FAIR: 14.5/14.5 (full; the extra status line is not forbidden by fork-c). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    int st;
    if (waitpid(pid, &st, 0) < 0) { perror("waitpid"); return 1; }
    if (WIFEXITED(st))
        printf("child exited with status %d\n", WEXITSTATUS(st));
    return 0;
}
