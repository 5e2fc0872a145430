#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        /* oops: arguments swapped */
        printf("I am child process (%d) and my parent is (%d)\n", getppid(), getpid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
