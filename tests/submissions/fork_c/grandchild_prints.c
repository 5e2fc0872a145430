/* wrong: the child forks again and the grandchild prints the child line; the child waits
 * for it and main waits for the child. The silent child is not named `child` (its own child
 * printed that line): fail made-by-main, the pid main got from fork, and the wait. */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        if (fork() == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            return 0;
        }
        wait(NULL);
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    wait(NULL);
    return 0;
}
