/* Learner: everything right, but ends main with `return wait(NULL) > 0;` (wait "succeeded"),
 * so the program's exit status is 1: the parent "fails" from the shell's point of view.
 * Fair grade: behaviour all right; at most a small dock for the nonzero exit (~13.5-14.5).
 * (The learner's `return wait(NULL);` exits with the child's pid mod 256, which is 0 one time
 * in 256: that run earned the format point, and CI failed on it once. Kept deterministic.)
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
    return wait(NULL) > 0;
}
