/* correct-variant: lowercase wording, extra "starting" debug line flushed with \n before fork */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    printf("starting\n");
    fflush(stdout);
    int pid = fork();
    if (pid == 0) {
        printf("i am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("i (%d) just created a child process (%d)\n", getpid(), pid);
    wait(NULL);
    printf("debug: parent done\n");
    return 0;
}
