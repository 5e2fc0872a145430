/* Learner: formats with snprintf and writes with write(1, buf, sizeof buf): every line is
 * followed by the rest of the 128-byte buffer, NUL bytes. Behaviour is right (fork, wait,
 * right pids).
 * Fair grade: behaviour checks all pass; at most the format check lost (13.5-14.5). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    char buf[128];
    memset(buf, 0, sizeof buf);
    pid_t pid = fork();
    if (pid == 0) {
        snprintf(buf, sizeof buf, "I am child process (%d) and my parent is (%d)\n",
                 getpid(), getppid());
        write(1, buf, sizeof buf);
        _exit(0);
    }
    snprintf(buf, sizeof buf, "I (%d) just created a child process (%d)\n", getpid(), pid);
    write(1, buf, sizeof buf);
    waitpid(pid, NULL, 0);
    return 0;
}
