/* Student: wanted "two tries" in a loop; the child does not break/exit, so it continues the
 * loop and forks a grandchild, and main forks a second child: 4 processes in all, the
 * parent's line printed by main twice and by the first child once.
 * FAIR: low. There is not exactly one child; a child prints the parent's line.
 * Maybe 1-3/13 (parent own pid ok, no dup). */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    for (int i = 0; i < 2; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        } else {
            printf("I (%d) just created a child process (%d)\n", getpid(), pid);
            wait(NULL);
        }
    }
    return 0;
}
