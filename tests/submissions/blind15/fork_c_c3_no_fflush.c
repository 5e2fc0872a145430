#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    printf("Starting the fork example\n");   /* no fflush: stays in the buffer when stdout is not a terminal */
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
