/* Student: did not keep fork's return value; calls fork() AGAIN inside the parent's printf
 * to "get the child's pid". That makes a second child, which prints the parent's line with
 * child (0). Main waits once.
 * FAIR: partial. There are two children; the pid main printed is not the child that printed
 * the child line; a child prints the parent's line. Teacher: lose "pid from fork is the
 * child's" (2), "only the parent prints the parent's line" (1), probably "exactly one child"
 * issues. Roughly 6-9/13. */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    if (fork() == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), fork());
        wait(NULL);
    }
    return 0;
}
