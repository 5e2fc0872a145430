#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        int *parent_info = NULL;
        *parent_info = getppid();              /* segfault before printing */
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), *parent_info);
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    wait(NULL);
    return 0;
}
