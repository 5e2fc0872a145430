#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    int me = getpid();          /* save my pid once */
    int pid = fork();
    if (pid < 0) {
        printf("Fail to create process\n");
    } else if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", me, getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", me, pid);
        wait(NULL);
    }
    return 0;
}
