/* Learner: "multiple forks in a loop": makes 3 children in a for loop (each child prints
 * its line and exit(0)s, so there is no fork bomb), the parent prints a parent line for
 * each and then waits for all three with wait(&status) in a second loop. Each child and
 * each parent line is right; there are just three children instead of one.
 * Fair grade: lose "there is a child process" (2); the rest is right for every child, so
 * a fair teacher gives ~11-12.5/14.5 (not a cascade to ~3). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    for (int i = 0; i < 3; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            exit(0);
        }
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        fflush(stdout);
    }
    int status;
    for (int i = 0; i < 3; i++)
        wait(&status);
    return 0;
}
