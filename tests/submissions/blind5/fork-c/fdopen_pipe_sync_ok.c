/* LEARNER: the parent tells the child "go" through a pipe (os pipe wrapped with fdopen/fprintf);
 * the child reads it with fdopen/fgets before printing its line. The parent reaps it with
 * waitid(P_PID, ...). Output lines exactly as asked.
 * FAIR GRADE: 14.5/14.5 (full marks; correct, just unusual). No check should fail. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

int main(void) {
    int fd[2];
    if (pipe(fd) < 0) { perror("pipe"); return 1; }
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
        close(fd[1]);
        FILE *in = fdopen(fd[0], "r");
        char buf[16];
        if (fgets(buf, sizeof buf, in) == NULL) return 2;
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        fclose(in);
        exit(0);
    }
    close(fd[0]);
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    FILE *out = fdopen(fd[1], "w");
    fprintf(out, "go\n");
    fclose(out);
    siginfo_t info;
    waitid(P_PID, pid, &info, WEXITED);
    return 0;
}
