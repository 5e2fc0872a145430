#include <stdio.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>
extern char **environ;
int main(void) {
    pid_t pid;
    char *argv[] = {"sh", "-c", "echo \"I am child process ($$) and my parent is ($PPID)\"", NULL};
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) return 1;
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    return 0;
}
