/* Learner: forgot to end the child's branch, so the child also runs the parent's printf
 * (with fork's 0 as "child") and a wait() that returns -1 at once.
 * Fair grade: "only the parent prints the parent's line" FAILS; everything else passes
 * (the parent's own line and wait are right). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    wait(NULL);
    return 0;
}
