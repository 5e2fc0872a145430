/* Learner: uses the glibc clone() wrapper with SIGCHLD as the exit signal and its own stack
 * (no CLONE_VM: a fork-like copy) "because fork is clone underneath"; the child function
 * prints its line; parent waitpid()s. Behaviour equals fork's.
 * FAIR: 14.5/14.5. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static char stack[1024 * 1024];

static int child_fn(void *arg) {
    (void)arg;
    printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
    fflush(stdout);
    return 0;
}

int main(void) {
    pid_t pid = clone(child_fn, stack + sizeof stack, SIGCHLD, NULL);
    if (pid == -1) { perror("clone"); return 1; }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    if (waitpid(pid, NULL, 0) != pid) { perror("waitpid"); return 1; }
    return 0;
}
