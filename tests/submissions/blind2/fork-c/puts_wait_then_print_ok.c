/* Learner: the parent waits first and prints its line after the child is done; the child
 * builds its line with sprintf and puts(); wait loop `while (wait(NULL) > 0)`.
 * Fair grade: every check passes (full marks). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    char line[100];
    int pid = fork();
    if (pid == 0) {
        sprintf(line, "I am child process (%d) and my parent is (%d).", getpid(), getppid());
        puts(line);
        return 0;
    }
    while (wait(NULL) > 0)
        ;
    sprintf(line, "I (%d) just created a child process (%d).", getpid(), pid);
    puts(line);
    return 0;
}
