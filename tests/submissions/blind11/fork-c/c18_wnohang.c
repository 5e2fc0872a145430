#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        sleep(1);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, WNOHANG);   /* "so the parent does not block" */
    return 0;
}
