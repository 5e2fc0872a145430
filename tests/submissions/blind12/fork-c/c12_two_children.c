#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    for (int i = 0; i < 2; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            dprintf(1, "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            _exit(0);
        }
        dprintf(1, "I (%d) just created a child process (%d)\n", getpid(), pid);
    }
    while (wait(NULL) > 0) ;
    return 0;
}
