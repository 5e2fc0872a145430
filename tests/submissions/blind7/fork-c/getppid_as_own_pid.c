/* Learner (WRONG): parent prints getppid() (its shell's pid) where its own pid belongs,
 * confusing "parent" with "the parent process' pid"; rest right with wait.
 * FAIR: 13.5/14.5: fails only "the parent prints its own pid". */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t child = fork();
    if (child == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getppid(), child);
    fflush(stdout);
    wait(NULL);
    return 0;
}
