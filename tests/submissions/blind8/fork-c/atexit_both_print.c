/* LEARNER: registers an atexit handler that prints "Cleaning up." in main before fork;
 * the child calls exit(0), so BOTH processes print "Cleaning up." (each prints it itself,
 * after fflush(NULL) before the fork, so no buffer is copied). waitpid in the parent.
 * TARGET: C.
 * FAIR: 14.5/14.5 (no stdio buffer was copied: each process printed its own line; fork-c has
 * no only-the-assignment's-lines check). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static void bye(void) { printf("Cleaning up.\n"); }

int main(void) {
    atexit(bye);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(NULL);
    int st;
    waitpid(pid, &st, 0);
    return 0;
}
