#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        char msg[100];
        sprintf(msg, "I am child process (%d) and my parent is (%d)", getpid(), getppid());
        execlp("echo", "echo", msg, (char *)NULL);
        perror("execlp");
        _exit(127);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
