/* Learner (WRONG): instead of wait(), the parent polls `while (kill(pid, 0) == 0)
 * usleep(10000);` to "wait until the child is gone". A dead child is a zombie until reaped,
 * kill(pid,0) keeps succeeding: the parent spins forever (timeout).
 * FAIR: ~10/14.5: fails "the parent waits for its child" (1), the ppid check that needs
 * it (2), and the format point (run did not end: timed out). The rest passes
 * (child prints right pids; ppid was right at the time, but the check needs the wait). */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    while (kill(pid, 0) == 0)
        usleep(10000);
    return 0;
}
