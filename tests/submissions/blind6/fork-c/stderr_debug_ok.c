/* Learner: debug/progress prints everywhere on stderr with fprintf(stderr, "[parent] ...")
 * and "[child] ..." prefixes; the asked lines with printf + fflush(stdout). Parent waitpid()s
 * and reports the status on stderr.
 * FAIR GRADE: 14.5/14.5 (full marks; nothing wrong). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    fprintf(stderr, "[parent] pid %d, about to fork\n", getpid());
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
        fprintf(stderr, "[child] hello, fork returned 0\n");
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        fprintf(stderr, "[child] bye\n");
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    int st;
    fprintf(stderr, "[parent] waiting for %d\n", pid);
    waitpid(pid, &st, 0);
    fprintf(stderr, "[parent] child %d exited with status %d\n", pid, WEXITSTATUS(st));
    return 0;
}
