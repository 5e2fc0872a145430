/* Learner: child prints then spins forever (loop condition bug); parent waits forever.
 * Run ends at the 20 s timeout.
 * Expected: loses "the parent waits for its child", "the child's ppid is its parent's pid"
 * (needs the wait) and "the child ends by itself". */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        for (volatile unsigned i = 0; i < 10; i += 0) {}
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    return 0;
}
