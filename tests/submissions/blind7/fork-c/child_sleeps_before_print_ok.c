/* Learner: child sleeps 200 ms "to let the parent print first", then prints; parent uses
 * wait(NULL). Output order parent-then-child. Correct.
 * FAIR: 14.5/14.5. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main() {
    int pid = fork();
    if (pid == 0) {
        usleep(200000);
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    } else {
        printf("I (%d) just created a child process (%d).\n", getpid(), pid);
        fflush(stdout);
        wait(NULL);
    }
    return 0;
}
