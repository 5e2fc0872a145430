#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t pid = fork();
    if (pid < 0) {
        printf("Fail to create process\n");
    } else if (pid == 0) {
        printf("I am child process (%07d) and my parent is (%07d)\n", (int)getpid(), (int)getppid());
    } else {
        printf("I (%07d) just created a child process (%07d)\n", (int)getpid(), (int)pid);
        waitpid(pid, NULL, 0);
    }
    return 0;
}
