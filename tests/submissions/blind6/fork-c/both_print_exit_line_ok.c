/* Learner: the child prints its line and returns from main like the parent does, and both
 * print the same constant line "exiting normally" with puts + fflush just before return 0
 * (the parent after its waitpid). Nothing is buffered at the fork (nothing printed before it).
 * FAIR GRADE: 14.5/14.5 (the child really prints its own "exiting normally" after the fork;
 * no stdio buffer is copied; the child does not run the parent's branch). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d).\n", getpid(), pid);
        fflush(stdout);
        waitpid(pid, NULL, 0);
    }
    puts("exiting normally");
    fflush(stdout);
    return 0;
}
