/* LEARNER (WRONG): no wait at all; the child sleeps 200 ms "to let the parent print first",
 * so the parent has already exited and the child is an orphan whose getppid() is no longer
 * the parent (reparented to a subreaper / init).
 * TARGET: C.
 * FAIR: 11.5/14.5: fail "the parent waits for its child" (1) and "the child's ppid is its
 * parent's pid" (2). Everything else passes. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        usleep(200000);
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    return 0;
}
