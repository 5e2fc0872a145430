/* Learner: child branch does not return, so the child also prints the parent's line
 * (with its own pid and child=0). Waits correctly otherwise.
 * Expected: loses "only the parent prints the parent's line"; others pass. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    if (pid > 0) waitpid(pid, NULL, 0);
    return 0;
}
