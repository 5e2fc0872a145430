/* LEARNER: everything right (fork, both lines, wait), but after the wait the parent tries to
 * print a summary through a NULL char* with strlen -> segmentation fault at the very end.
 * FAIR GRADE: 13/14.5 -- the program does not run to its end, so the format check
 * (1.5, "not earned") is lost; every behaviour check passes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    char *summary = NULL;
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    wait(NULL);
    printf("summary length %zu\n", strlen(summary));
    return 0;
}
