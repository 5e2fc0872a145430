#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
    pid_t pid;
    switch (pid = fork()) {
    case -1:
        perror("fork");
        return 1;
    case 0:
        printf("I am child process %d and my parent is %d\n", getpid(), getppid());
        break;
    default:
        printf("I %d just created a child process %d\n", getpid(), pid);
        while (wait(NULL) > 0)
            ;
    }
    return 0;
}
