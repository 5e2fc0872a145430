/* correct-variant: switch on fork's result, extra spaces "( 123 )", wait(&status) */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int status;
    pid_t pid;
    switch (pid = fork()) {
    case -1:
        perror("fork");
        return EXIT_FAILURE;
    case 0:
        printf("I am child process ( %d ) and my parent is ( %d )\n", getpid(), getppid());
        return EXIT_SUCCESS;
    default:
        printf("I ( %d ) just created a child process ( %d )\n", getpid(), pid);
        wait(&status);
    }
    return EXIT_SUCCESS;
}
