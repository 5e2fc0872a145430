/* wrong: child dereferences a NULL pointer before printing and dies with SIGSEGV */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    char *name = NULL;
    int pid = fork();
    if (pid == 0) {
        strcpy(name, "child");
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(NULL);
    }
    return 0;
}
