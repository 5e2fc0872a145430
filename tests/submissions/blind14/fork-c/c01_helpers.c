#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

static void do_child(void) {
    printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    fflush(stdout);
    exit(0);
}

static void do_parent(pid_t child) {
    printf("I (%d) just created a child process (%d)\n", getpid(), child);
    fflush(stdout);
    if (waitpid(child, NULL, 0) < 0) perror("waitpid");
}

int main(void) {
    pid_t pid = fork();
    if (pid < 0) { printf("Fail to create process\n"); return 1; }
    if (pid == 0) do_child();
    else do_parent(pid);
    return 0;
}
