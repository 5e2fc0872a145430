/* LEARNER: read that SIG_IGN on SIGCHLD avoids zombies, so does signal(SIGCHLD, SIG_IGN) AND
 * wait(NULL). With SIGCHLD ignored the kernel reaps the child itself; wait() blocks until
 * the child has ended and then returns -1/ECHILD. The parent is still alive while the child
 * runs, so the ppid is right in every run.
 * TARGET: C.
 * FAIR: 14.5/14.5 behaviourally (the parent does block until the child ends); a strict
 * teacher might take 1 point for "the wait reaped nothing". I write 13.5-14.5. */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    signal(SIGCHLD, SIG_IGN);
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        usleep(100000);
        _exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    wait(NULL);
    return 0;
}
