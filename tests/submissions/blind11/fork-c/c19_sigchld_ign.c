#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    signal(SIGCHLD, SIG_IGN);   /* no zombies, says the textbook */
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    wait(NULL);                 /* blocks until the child is gone, then ECHILD */
    return 0;
}
