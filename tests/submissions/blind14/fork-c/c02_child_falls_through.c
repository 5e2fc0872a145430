#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

void child(void) {
    printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
}

int main(void) {
    int pid = fork();
    if (pid < 0) {
        printf("Fail to create process\n");
        return 1;
    }
    if (pid == 0)
        child();   /* forgot to exit: child goes on below */
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    wait(NULL);
    return 0;
}
