#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main() {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    /* learner confused getppid with the child's pid */
    printf("I (%d) just created a child process (%d)\n", getpid(), getppid());
    waitpid(pid, NULL, 0);
    return 0;
}
