#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    char buf[100];
    int n;
    pid_t pid = fork();
    if (pid < 0) return 1;
    if (pid == 0) {
        n = snprintf(buf, sizeof buf, "I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        write(1, buf, n);
        _exit(0);
    }
    n = snprintf(buf, sizeof buf, "I (%d) just created a child process (%d)\n", (int)getpid(), (int)pid);
    write(STDOUT_FILENO, buf, n);
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
