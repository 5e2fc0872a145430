/* Learner: textbook solution, fork, waitpid on the child, child returns 0.
 * Fair grade: every check passes (full marks). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", (int)getpid(), (int)getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", (int)getpid(), (int)pid);
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
