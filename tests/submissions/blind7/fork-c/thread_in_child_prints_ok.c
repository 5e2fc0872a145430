/* Learner: "to practise threads too", the child creates a pthread that prints the child's
 * line and joins it; parent waitpid()s. Everything is in the right processes.
 * FAIR: 14.5/14.5. (build: cc -O2 -Wall; glibc 2.34+ has pthread in libc) */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

static void *say(void *arg) {
    (void)arg;
    printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
    fflush(stdout);
    return NULL;
}

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        pthread_t t;
        pthread_create(&t, NULL, say, NULL);
        pthread_join(t, NULL);
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    return 0;
}
