/* Student: correct, but uses job control to order the lines: the child prints, then stops
 * itself (raise(SIGSTOP)); the parent waits with WUNTRACED, sees the child STOPPED, prints
 * its line, continues the child with SIGCONT and waits again for its exit.
 * Run normally it prints both lines and "parent: child stopped as planned", exits 0.
 * FAIR: full marks 14.5/14.5 (extra lines are not graded in this assignment). */
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
        raise(SIGSTOP);
        return 0;
    }
    int st;
    waitpid(pid, &st, WUNTRACED);
    if (WIFSTOPPED(st))
        printf("parent: child stopped as planned\n");
    else
        printf("parent: child did NOT stop (status %d)\n", st);
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    kill(pid, SIGCONT);
    if (waitpid(pid, &st, 0) < 0)
        perror("second waitpid");
    return 0;
}
