#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>
int main(void)
{
    pid_t p;
    p = fork();
    if (p == -1) { perror("fork failed"); exit(1); }
    else if (p == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        exit(0);
    } else {
        printf("I (%d) just created a child process (%d)\n", (int)getpid(), (int)p);
        wait(NULL);
    }
    return 0;
}
