/* Student (old Turbo C habit): `void main()`, no return: gcc -Wall warns "return type of
 * 'main' is not 'int'"; the exit status of both processes is whatever is left in the return
 * register (printf's return value), not 0. Output and wait are right.
 * FAIR: 13.5/14.5 or so: "the child ends by itself (exit 0)" fails (it exits with a garbage
 * code) and arguably the format points for main's non-zero exit; the report should explain
 * that the exit code came from `void main` (or at least show the compiler warning). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

void main()
{
    int pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        wait(NULL);
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    }
}
