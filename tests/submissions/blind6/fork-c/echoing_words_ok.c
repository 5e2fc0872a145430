/* Learner: progress lines that reuse words of the assignment's lines: the parent prints
 * "waiting for child process (C) to finish" and "child process (C) finished, status 0";
 * the child prints "child: my parent is alive" and "I am child process (C), hello" (an extra
 * greeting before the real line). Everything else right, waitpid.
 * FAIR GRADE: 14.5/14.5 (the asked lines are exact; extra lines are only chatter). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d), hello\n", getpid());
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        printf("child: my parent is alive\n");
        fflush(stdout);
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    printf("waiting for child process (%d) to finish\n", pid);
    fflush(stdout);
    int st; waitpid(pid, &st, 0);
    printf("child process (%d) finished, status %d\n", pid, WEXITSTATUS(st));
    return 0;
}
