/* Student: left a debugging trick in: the child stops itself (raise(SIGSTOP)) "so I can
 * attach gdb". The parent's wait(NULL) never returns (no WUNTRACED): the run hangs.
 * FAIR: lines are right, but the parent never reaps the child and the child never ends:
 * lose wait (1), ppid (2, needs wait), exit 0 (1): about 9/13, ending "timed out".
 * The report should say that the child was stopped (not a deadlock between processes). */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        raise(SIGSTOP);   /* debug: attach gdb here */
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    wait(NULL);
    return 0;
}
