/* Learner: the same banner before the fork without fflush, but the child ends with exit(0)
 * (not _exit): the child flushes its copy of the buffer, so "Starting..." is printed twice.
 * Fair grade: fail "nothing is printed twice" (1): 13.5/14.5. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    printf("Starting...\n");
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
