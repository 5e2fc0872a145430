#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main() {
    printf("=== fork() demo ===\n");
    fflush(stdout);            /* so the banner is not copied into the child */
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    printf("parent done\n");
    return 0;
}
