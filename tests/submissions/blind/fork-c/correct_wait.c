/* Learner: correct; uses wait(NULL) and different variable names.
 * Expected: full marks. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t child = fork();
    if (child == -1) { perror("fork"); exit(1); }
    if (child == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        exit(0);
    } else {
        printf("I (%d) just created a child process (%d)\n", (int)getpid(), (int)child);
        wait(NULL);
    }
    return 0;
}
