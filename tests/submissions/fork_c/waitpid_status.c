/* correct-variant: pid_t, perror, waitpid(pid, &status, 0) and prints the child's exit code as an extra line */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", (int)getpid(), (int)pid);
    int status;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status))
        printf("child exited with code %d\n", WEXITSTATUS(status));
    return 0;
}
