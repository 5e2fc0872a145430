// using raw write(2), no stdio at all
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

static void say(const char *s) { write(STDOUT_FILENO, s, strlen(s)); }

int main(void)
{
    char line[200];
    pid_t child = fork();
    if (child < 0) return 1;
    if (child == 0) {
        snprintf(line, sizeof line, "I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
        say(line);
        _exit(0);
    }
    snprintf(line, sizeof line, "I (%d) just created a child process (%d)\n", (int)getpid(), (int)child);
    say(line);
    int status;
    waitpid(child, &status, 0);
    if (WIFEXITED(status))
        printf("child exited with status %d\n", WEXITSTATUS(status));
    return 0;
}
