/* Student: an off-by-one loop forks twice; the parent's unflushed printf is copied into the
 * second child, which prints the parent's line again at its exit (blind30). Fair: 13.5/16.5,
 * the copied buffer charged once ("nothing is printed twice"), not also as a child that ran the
 * parent's branch. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
    int i;
    for (i = 0; i <= 1; i++) {   /* meant to fork once */
        pid_t pid = fork();
        if (pid == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            exit(0);
        }
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    }
    while (wait(NULL) > 0)
        ;
    return 0;
}
