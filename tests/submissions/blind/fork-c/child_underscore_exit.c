/* Learner: child uses _exit(0) right after printf; with stdout a pipe the line is still
 * in the stdio buffer and is lost.
 * Expected: child line missing -> loses "the child prints its own pid" and "the child's
 * ppid is its parent's pid"; the rest passes. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        _exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
