#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main() {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(1);   /* child done */
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
