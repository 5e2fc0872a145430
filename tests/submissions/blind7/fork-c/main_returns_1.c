/* Learner: everything right (fork, both lines, waitpid), but main ends with `return 1;`
 * (they think 1 means "true, success"). The parent exits with status 1.
 * FAIR: 14.5/14.5 for the process behaviour; per the documented policy the format point is
 * not earned by a main that exits non-zero, so 13.5/14.5 is acceptable (format check only). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t p = fork();
    if (p == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), p);
    fflush(stdout);
    waitpid(p, NULL, 0);
    return 1;
}
