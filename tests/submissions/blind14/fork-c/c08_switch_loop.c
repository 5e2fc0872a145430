#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

#define NCHILD 1

int main(void) {
    int i;
    for (i = 0; i < NCHILD; i++) {
        pid_t pid;
        switch (pid = fork()) {
        case -1:
            printf("Fail to create process\n");
            exit(1);
        case 0:
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            exit(0);
        default:
            printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        }
    }
    for (i = 0; i < NCHILD; i++)
        wait(NULL);
    return 0;
}
