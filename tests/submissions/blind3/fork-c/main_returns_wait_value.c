/* Learner: everything right, but ends main with `return wait(NULL);`, so the program's exit
 * status is the child's pid (mod 256): the parent "fails" from the shell's point of view.
 * Fair grade: behaviour all right; at most a small dock for the nonzero exit (~13.5-14.5).
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    return wait(NULL);
}
