#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d) -- fen\xeatre\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d) \xe9t\xe9\n", getpid(), pid);
    wait(NULL);
    return 0;
}
