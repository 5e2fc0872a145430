/* LEARNER: correct program, but the child calls abort() instead of exit(0) ("to be sure it
 * stops"), after flushing its line. The parent waits.
 * FAIR GRADE: 13.5/14.5 -- only "the child ends by itself (exit 0)" should fail (SIGABRT). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main() {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        abort();
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        fflush(stdout);
        wait(NULL);
    }
    return 0;
}
