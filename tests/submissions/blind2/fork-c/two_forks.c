/* Learner: called fork() twice by accident (once to "test" it, once for real): main has
 * two children, and the first child also forks a grandchild.
 * Fair grade: "there is a child process" FAILS (more than one child); the checks that need
 * it are skipped; "the parent prints its own pid" passes. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    fork();
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    while (wait(NULL) > 0)
        ;
    return 0;
}
