#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main() {
    char buf[128];
    pid_t pid = fork();
    if (pid == -1) { perror("fork"); exit(1); }
    if (pid == 0) {
        sprintf(buf, "I am child process (%d) and my parent is (%d)", getpid(), getppid());
        puts(buf);
        exit(0);
    }
    sprintf(buf, "I (%d) just created a child process (%d)", getpid(), pid);
    puts(buf);
    while (wait(NULL) > 0)
        ;
    return 0;
}
