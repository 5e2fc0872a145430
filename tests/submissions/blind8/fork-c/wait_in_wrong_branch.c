/* LEARNER (WRONG): put wait(NULL) in the CHILD's branch instead of the parent's (the child
 * has no children, so wait returns -1 at once); the parent never waits.
 * TARGET: C.
 * FAIR: 11.5/14.5: fail "the parent waits for its child" (1) and the ppid check (2), which
 * needs the wait (the ppid may be right by chance). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        wait(NULL);
        return 0;
    } else {
        printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    }
    return 0;
}
