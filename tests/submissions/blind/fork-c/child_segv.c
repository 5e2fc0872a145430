/* Learner: child prints its line, fflushes, then dereferences NULL (SIGSEGV).
 * Expected: loses only "the child ends by itself (exit 0)". */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        volatile int *p = NULL;
        *p = 42;
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
