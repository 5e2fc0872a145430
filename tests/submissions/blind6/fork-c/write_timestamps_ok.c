/* Learner: builds every line with snprintf and writes it with write(1, ...), each prefixed by
 * a timestamp "[t=SEC.USEC] "; also prints progress lines "DEBUG: parent waiting" and
 * "DEBUG: parent done, child reaped" on stdout. Parent uses wait(&st).
 * FAIR GRADE: 14.5/14.5 (behaviour perfect; the asked lines are there verbatim after a prefix;
 * a strict teacher might take the format point: 13.5/14.5 is acceptable too). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
static void out(const char *msg) {
    char buf[256]; struct timeval tv; gettimeofday(&tv, NULL);
    int n = snprintf(buf, sizeof buf, "[t=%ld.%06ld] %s\n", (long)tv.tv_sec, (long)tv.tv_usec, msg);
    write(1, buf, n);
}
int main(void) {
    char line[200];
    pid_t pid = fork();
    if (pid == 0) {
        snprintf(line, sizeof line, "I am child process (%d) and my parent is (%d).", getpid(), getppid());
        out(line);
        _exit(0);
    }
    snprintf(line, sizeof line, "I (%d) just created a child process (%d).", getpid(), pid);
    out(line);
    out("DEBUG: parent waiting");
    int st; wait(&st);
    out("DEBUG: parent done, child reaped");
    return 0;
}
