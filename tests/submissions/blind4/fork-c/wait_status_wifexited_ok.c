/* Learner: GeeksforGeeks-style fork: checks fork() < 0, child exit(0), parent
 * wait(&status) and prints WIFEXITED/WEXITSTATUS as an extra line after the wait.
 * printf("%d\n") without fflush anywhere (stdout is not a tty: fully buffered, but
 * nothing is printed before the fork, so nothing is duplicated).
 * Fair grade: full marks (14.5/14.5). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(0);
    } else {
        int status;
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(&status);
        if (WIFEXITED(status))
            printf("Child exited with status %d\n", WEXITSTATUS(status));
    }
    return 0;
}
