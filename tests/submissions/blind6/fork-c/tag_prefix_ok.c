/* Learner: prefixes every line with the lab's tag "[lab1] " through a macro
 * #define SAY(...) (printf("[lab1] "), printf(__VA_ARGS__), fflush(stdout)); the stream is
 * flushed after every line, nothing is pending at the fork. waitpid for the child.
 * FAIR GRADE: 14.5/14.5 (a strict teacher may take the format point: 13.5). Nothing is
 * printed twice. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#define SAY(...) (printf("[lab1] "), printf(__VA_ARGS__), fflush(stdout))
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        SAY("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        exit(0);
    }
    SAY("I (%d) just created a child process (%d).\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    SAY("parent finished\n");
    return 0;
}
