/* Learner: the child prints its line, flushes, then dereferences a NULL pointer it meant
 * to use for a "shared counter" (SIGSEGV). The parent waits and reports the status on stderr.
 * Fair grade: fail only "the child ends by itself (exit 0)": 13.5/14.5.
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int *counter = NULL;

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        *counter += 1;          /* boom */
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    int status;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status))
        fprintf(stderr, "child died with signal %d\n", WTERMSIG(status));
    return 0;
}
