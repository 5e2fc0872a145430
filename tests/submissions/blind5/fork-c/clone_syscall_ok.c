/* LEARNER: read that fork() is clone() underneath and called the raw system call:
 * syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0) -- which behaves exactly like fork(). The parent
 * waits with wait(&st).
 * FAIR GRADE: 14.5/14.5 (full; it is a fork). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

int main(void) {
    long r = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (r < 0) { perror("clone"); return 1; }
    if (r == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        fflush(stdout);
        _exit(0);
    }
    printf("I (%d) just created a child process (%ld)\n", (int)getpid(), r);
    fflush(stdout);
    int st;
    wait(&st);
    return 0;
}
