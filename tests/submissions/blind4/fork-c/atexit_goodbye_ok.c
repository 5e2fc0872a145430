/* Learner: registers an atexit() handler before the fork that prints "Goodbye from N"
 * with its own pid; the child ends with exit(0), so the handler runs in both processes
 * (each printing its own, different line, written after the fork). Parent waitpid()s.
 * Fair grade: full marks (14.5/14.5): nothing is duplicated from a stdio buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static void goodbye(void)
{
    printf("Goodbye from %d\n", getpid());
}

int main(void)
{
    atexit(goodbye);
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    exit(0);
}
