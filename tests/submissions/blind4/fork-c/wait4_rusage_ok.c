/* Learner: uses wait4(pid, &st, 0, &ru) and prints the child's user CPU time as an extra
 * line; child prints with dprintf(1, ...) (unbuffered, no stdio buffer to copy).
 * Fair grade: full marks (14.5/14.5). */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        dprintf(1, "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    dprintf(1, "I (%d) just created a child process (%d)\n", getpid(), pid);
    int st;
    struct rusage ru;
    wait4(pid, &st, 0, &ru);
    dprintf(1, "child used %ld.%06ld s of CPU\n", (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec);
    return 0;
}
