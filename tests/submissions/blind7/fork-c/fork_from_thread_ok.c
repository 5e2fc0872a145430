/* Learner: the fork happens in a worker pthread of the parent (the "spawner" thread forks,
 * prints the parent's line, and returns the child's pid); the main thread joins the thread
 * and then waitpid()s the child. Child is a copy of the process, its ppid is main's pid.
 * FAIR: 14.5/14.5. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static void *spawner(void *arg) {
    pid_t *out = arg;
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        _exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    *out = pid;
    return NULL;
}

int main(void) {
    pthread_t t;
    pid_t child = -1;
    pthread_create(&t, NULL, spawner, &child);
    pthread_join(t, NULL);
    waitpid(child, NULL, 0);
    return 0;
}
