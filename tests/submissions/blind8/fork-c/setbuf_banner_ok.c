/* LEARNER: heard about "fork copies the stdio buffer", so calls setbuf(stdout, NULL) first,
 * prints a banner "Starting fork demo" before fork (unbuffered, so not duplicated),
 * wait(NULL) in the parent, child uses _exit(0) (safe: nothing buffered).
 * TARGET: C.
 * FAIR: 14.5/14.5 (full: nothing is duplicated, parent waits). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    setbuf(stdout, NULL);
    printf("Starting fork demo\n");
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        _exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    wait(NULL);
    return 0;
}
