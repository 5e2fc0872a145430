/* LEARNER: over-engineered: after fork, the parent starts a pthread that prints the parent's line
 * (getpid() is the same in every thread), joins the thread, then waitpid()s the child.
 * FAIR GRADE: 14.5/14.5 (full; the parent process prints its line, from a thread). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static pid_t child_pid;

static void *announce(void *arg) {
    (void)arg;
    printf("I (%d) just created a child process (%d)\n", getpid(), child_pid);
    fflush(stdout);
    return NULL;
}

int main(void) {
    child_pid = fork();
    if (child_pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        _exit(0);
    }
    pthread_t t;
    pthread_create(&t, NULL, announce, NULL);
    pthread_join(t, NULL);
    waitpid(child_pid, NULL, 0);
    return 0;
}
