/* wrong: no else, so the child falls through and prints the parent's line too (from a blind evaluation) */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0)
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    /* mistake: no else / return, the child prints this line too */
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    return 0;
}
