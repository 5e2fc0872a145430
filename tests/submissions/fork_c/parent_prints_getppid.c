/* wrong: parent prints getppid() (the shell) instead of its own pid */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getppid(), pid);
        wait(NULL);
    }
    return 0;
}
