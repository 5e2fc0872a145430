#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
/* written on Windows, copied the line endings into the strings */
int main() {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\r\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\r\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
