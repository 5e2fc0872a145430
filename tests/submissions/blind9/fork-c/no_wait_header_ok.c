/* Student: correct, but forgot #include <sys/wait.h> (gcc 12: only an implicit-declaration
 * warning), uses pid_t and %ld casts, waitpid with a status.
 * FAIR: full marks (13/13); the warning is not an error with -Wall. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        printf("I am child process (%ld) and my parent is (%ld)\n", (long)getpid(), (long)getppid());
        return 0;
    }
    int status;
    waitpid(pid, &status, 0);
    printf("I (%ld) just created a child process (%ld)\n", (long)getpid(), (long)pid);
    return 0;
}
