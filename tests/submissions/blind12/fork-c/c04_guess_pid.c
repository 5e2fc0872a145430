#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    /* the child is the next pid, right? */
    printf("I (%d) just created a child process (%d)\n", getpid(), getpid() + 1);
    wait(NULL);
    return 0;
}
