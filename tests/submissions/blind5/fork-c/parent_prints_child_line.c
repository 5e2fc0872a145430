/* LEARNER: results printed in the wrong process: the child does nothing but exit(0); after
 * waitpid the PARENT prints the child's line for it, with the pid fork returned and its own pid
 * as the parent. The values are right, but the child printed nothing.
 * FAIR GRADE: 11.5/14.5 -- fail "the child prints its own pid" (1) and "the child's ppid is its
 * parent's pid" (2): the child never printed a line. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0)
        exit(0);
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    printf("I am child process (%d) and my parent is (%d)\n", pid, getpid());
    return 0;
}
