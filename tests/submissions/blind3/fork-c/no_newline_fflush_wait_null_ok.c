/* Learner: the parent's printf has no trailing newline (forgot "\n"), but it calls
 * fflush(stdout) right after; wait(NULL) for the child. The child's line has its newline
 * and the child returns from main (exit flushes).
 * Fair grade: full marks (maybe a remark on the missing newline; the line is whole).
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main()
{
    int pid;
    pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)", getpid(), pid);
        fflush(stdout);
        wait(NULL);
    }
    return 0;
}
