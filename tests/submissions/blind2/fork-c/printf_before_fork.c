/* Learner: prints a banner with printf before forking, without fflush. stdout is a pipe,
 * so the banner sits in the buffer and fork copies it: the banner is printed twice.
 * Fair grade: "nothing is printed twice (a stdio buffer copied by fork)" FAILS; every
 * other check passes. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    printf("fork demo starting\n");
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    wait(NULL);
    return 0;
}
