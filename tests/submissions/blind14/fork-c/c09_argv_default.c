#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(int argc, char *argv[]) {
    int n = argc > 1 ? atoi(argv[1]) : 1;   /* number of children, default 1 */
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            return 0;
        } else if (pid > 0) {
            printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        } else {
            perror("fork");
        }
    }
    while (wait(NULL) > 0)
        ;
    return 0;
}
