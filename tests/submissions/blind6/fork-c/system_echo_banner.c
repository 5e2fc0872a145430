/* Learner: prints a banner with system("echo '=== fork lab ==='") before forking (the
 * banner process is a shell + echo, not the fork the exercise is about), then the exact
 * fork program with puts()/printf and fflush, waitpid for the child.
 * FAIR GRADE: 14.5/14.5 (the fork part is perfect; system() for a banner is harmless). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    system("echo '=== fork lab ==='");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        fflush(stdout);
        return 0;
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    puts("parent: all done");
    return 0;
}
