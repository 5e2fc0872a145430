#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    char buf[128];
    pid_t pid = fork();
    if (pid == 0) {
        int n = snprintf(buf, sizeof buf, "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        write(1, buf, n);
        _exit(0);
    }
    int n = snprintf(buf, sizeof buf, "I (%d) just created a child process (%d)\n", getpid(), pid);
    write(1, buf, n);
    wait(NULL);
    return 0;
}
