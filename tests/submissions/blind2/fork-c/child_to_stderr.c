/* Learner: the child prints its line with fprintf(stderr, ...) ("stderr is unbuffered, so
 * it shows up"); everything else is right.
 * Fair grade: the behaviour is right; the child's line is on the wrong stream. A teacher
 * docks a point at most; every behaviour check (child pid, ppid) can be read from it. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        fprintf(stderr, "I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    return 0;
}
