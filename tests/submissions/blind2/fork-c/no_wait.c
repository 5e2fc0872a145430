/* Learner: copied the tutorial's seed exactly: no wait() in the parent.
 * Fair grade: "the parent waits for its child" FAILS, "the child's ppid is its parent's
 * pid" FAILS (the yaml makes it need the wait); every other check passes. */
#include <stdio.h>
#include <unistd.h>

int main()
{
    int pid = fork();
    if (pid < 0) {
        printf("Fail to create process\n");
    } else if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    }
    return 0;
}
