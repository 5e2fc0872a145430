#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int i;
    for (i = 0; i <= 1; i++) {            /* meant to fork once */
        pid_t pid = fork();
        if (pid == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            exit(0);
        }
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        fflush(stdout);
    }
    while (wait(NULL) > 0)
        ;
    return 0;
}
