/* correct-variant: no parentheses around the pids, trailing period, wait before printing in the parent */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main()
{
    int pid = fork();
    if (pid < 0) {
        printf("Fail to create process\n");
        return 1;
    } else if (pid == 0) {
        printf("I am child process %d and my parent is %d.\n", getpid(), getppid());
    } else {
        wait(NULL);
        printf("I %d just created a child process %d.\n", getpid(), pid);
    }
    return 0;
}
