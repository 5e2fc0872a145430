/* Learner (WRONG): no wait at all; the child sleeps 100 ms before printing, so the parent
 * has already exited and the child's getppid() names the subreaper/init (orphan).
 * FAIR: 11.5/14.5: fails "the parent waits for its child" (1) and "the child's ppid is its
 * parent's pid" (2); everything else passes. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        usleep(100000);
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    return 0;
}
