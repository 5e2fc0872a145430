/* wrong: printf("starting... ") without newline before fork(): the stdio buffer is copied into the child and printed twice */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    printf("starting... ");
    int pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(NULL);
    }
    return 0;
}
