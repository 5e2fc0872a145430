/* wrong: parent never waits; child sleeps 0.2 s first so it is orphaned and prints ppid 1 / a subreaper */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int pid = fork();
    if (pid == 0) {
        usleep(200000);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    }
    return 0;
}
