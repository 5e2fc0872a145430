#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = vfork();
    if (pid == 0) {
        char b[100]; int n = snprintf(b, sizeof b, "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        write(1, b, n);
        _exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
