/* Learner: uses snprintf+write(2) (no stdio buffer), parent prints its line after the
 * wait, and adds a debug line "parent: child finished".
 * Expected: full marks. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    char buf[128];
    pid_t pid = fork();
    if (pid == 0) {
        int n = snprintf(buf, sizeof buf, "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        write(1, buf, n);
        return 0;
    }
    int status;
    waitpid(pid, &status, 0);
    int n = snprintf(buf, sizeof buf, "I (%d) just created a child process (%d)\n", getpid(), pid);
    write(1, buf, n);
    write(1, "parent: child finished\n", 23);
    return 0;
}
