/* A wrong submission: the child prints fork's return value as its parent's pid. In the
 * child that value is 0, not the parent's pid; getppid() is what gives the parent. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), pid);
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
