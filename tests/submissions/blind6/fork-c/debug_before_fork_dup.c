/* Learner (WRONG): printf("DEBUG: starting, pid %d\n") before fork() with no fflush; stdout
 * is a pipe, so fully buffered: the buffer is copied by fork and the DEBUG line comes out
 * twice (once from the child, with the parent's pid). Rest is right (waitpid).
 * FAIR GRADE: 13.5/14.5 (fails only "nothing is printed twice"; format point may stay since
 * the asked lines are exact). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    printf("DEBUG: starting, pid %d\n", getpid());
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d).\n", getpid(), getppid());
        exit(0);
    }
    printf("I (%d) just created a child process (%d).\n", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
