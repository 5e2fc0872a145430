/* Learner: textbook fork; parent reaps with a `while (waitpid(-1, &st, 0) > 0)` loop
 * ("reap everything"), printf + fflush before the fork-free part, returns 0.
 * FAIR: 14.5/14.5 (all checks pass). */
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
        fflush(stdout);
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    int st;
    while (waitpid(-1, &st, 0) > 0)
        ;
    return 0;
}
