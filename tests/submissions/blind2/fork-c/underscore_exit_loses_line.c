/* Learner: read that a forked child must call _exit, so the child printf()s then _exit(0).
 * stdout is a pipe under the grader, so it is fully buffered and _exit throws the child's
 * buffered line away: the child's line never appears.
 * Fair grade: there is a child, parent_of, parent prints own pid, fork pid is child's,
 * parent waits, no duplicate, child exit 0 pass; "the child prints its own pid" FAILS and
 * "the child's ppid is its parent's pid" FAILS (no child line at all). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        _exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    wait(NULL);
    return 0;
}
