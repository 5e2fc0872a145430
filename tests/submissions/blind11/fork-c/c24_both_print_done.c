#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    printf("fork demo\n");
    fflush(stdout);              /* flush before fork, as the lecture said */
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(NULL);
    }
    printf("fork demo\n");       /* both print the banner again at the end */
    return 0;
}
