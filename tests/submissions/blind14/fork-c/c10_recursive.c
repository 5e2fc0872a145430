#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

/* make a child, and let it say hello */
void make_child(int depth) {
    pid_t pid = fork();
    if (pid < 0) { printf("Fail to create process\n"); exit(1); }
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        fflush(stdout);
        if (depth < 1)
            make_child(depth + 1);   /* oops: the child makes a child too */
        exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
}

int main(void) {
    make_child(0);
    return 0;
}
