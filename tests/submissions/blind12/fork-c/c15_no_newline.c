#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)", getpid(), getppid());
        fflush(stdout);
        return 0;
    }
    int st;
    while (waitpid(pid, &st, WNOHANG) == 0)
        usleep(1000);
    printf("I (%d) just created a child process (%d)", getpid(), pid);
    return 0;
}
