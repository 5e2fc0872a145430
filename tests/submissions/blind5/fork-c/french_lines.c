/* LEARNER: a French student translated the lines: "Je (P) viens de créer un processus fils (C)"
 * and "Je suis le processus fils (C) et mon père est (P)". Behaviour is perfect (fork, waitpid,
 * exit 0).
 * FAIR GRADE: ~13/14.5 -- a fair teacher sees every behaviour right and docks the format
 * (maybe a bit more for ignoring the required wording). A line-matching grader will likely
 * not recognise the lines and fail the pid/ppid checks: that would be too harsh. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("Je suis le processus fils (%d) et mon père est (%d)\n", getpid(), getppid());
        exit(0);
    }
    printf("Je (%d) viens de créer un processus fils (%d)\n", getpid(), pid);
    fflush(stdout);
    int st;
    waitpid(pid, &st, 0);
    return 0;
}
