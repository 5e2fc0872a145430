/* Learner: prints a banner "Starting fork demo" with printf BEFORE fork(), but first calls
 * setvbuf(stdout, NULL, _IONBF, 0): stdout is unbuffered, so nothing is copied by fork and
 * the banner appears once. Rest textbook with waitpid.
 * FAIR: 14.5/14.5 (nothing duplicated; the banner is an extra line, not asked against). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("Starting fork demo\n");
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
