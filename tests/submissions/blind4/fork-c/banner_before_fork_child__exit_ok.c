/* Learner: prints a banner "Starting..." with printf before the fork and no fflush (so it
 * sits in the stdio buffer, which fork copies), but the child writes its line with write(2)
 * and ends with _exit(0), which never flushes the copied buffer: the banner is printed once,
 * by the parent at its exit. Correct, if by knowledge of _exit vs exit.
 * Fair grade: full marks (14.5/14.5). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    printf("Starting...\n");
    pid_t pid = fork();
    if (pid == 0) {
        char line[128];
        int n = snprintf(line, sizeof line, "I am child process (%d) and my parent is (%d)\n",
                         getpid(), getppid());
        write(STDOUT_FILENO, line, n);
        _exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
