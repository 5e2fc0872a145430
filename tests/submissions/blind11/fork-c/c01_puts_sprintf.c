/* Lab 2 - fork. Uses sprintf + puts because my TA said printf is "dangerous". */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main() {
    char buf[128];
    pid_t p = fork();
    if (p == -1) { perror("fork"); exit(1); }
    else if (p == 0) {
        sprintf(buf, "I am child process (%d) and my parent is (%d)", getpid(), getppid());
        puts(buf);
        exit(0);
    } else {
        sprintf(buf, "I (%d) just created a child process (%d)", getpid(), p);
        puts(buf);
        wait(NULL);
    }
    return 0;
}
