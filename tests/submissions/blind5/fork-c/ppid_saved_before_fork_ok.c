/* LEARNER: stores getpid() in a variable `me` before forking and prints it as the parent in
 * both branches (the child's "my parent is" uses `me`, not getppid()). The parent waits.
 * The values printed are the right ones.
 * FAIR GRADE: 14.5/14.5 (full; the printed ppid IS the parent's pid). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    pid_t me = getpid();
    pid_t pid = fork();
    switch (pid) {
    case -1:
        perror("fork");
        return 1;
    case 0:
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), me);
        fflush(stdout);
        _exit(0);
    default:
        printf("I (%d) just created a child process (%d)\n", me, pid);
        fflush(stdout);
        while (wait(NULL) > 0)
            ;
    }
    return 0;
}
