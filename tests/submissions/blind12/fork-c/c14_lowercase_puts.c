#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    char line[100];
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
        sprintf(line, "i am child process (%d) and my parent is (%d)", getpid(), getppid());
        puts(line);
        return 0;
    }
    sprintf(line, "i (%d) just created a child process (%d)", getpid(), pid);
    puts(line);
    int status;
    wait(&status);
    if (WIFEXITED(status)) { /* fine */ }
    return 0;
}
