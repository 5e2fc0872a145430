/* Learner: misunderstood the exercise: the child forks once more and it is the GRANDCHILD
 * that prints the child line (its "parent" is then the first child, not main). The child
 * waits for the grandchild, main waits for the child.
 * Fair grade: the line is not printed by main's child: fail "the child prints its own pid"
 * or "the pid the parent got from fork is the child's" (2) and "the child's ppid is its
 * parent's pid" (2): about 10/14.5.
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        pid_t g = fork();
        if (g == 0) {
            printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
            return 0;
        }
        waitpid(g, NULL, 0);
        return 0;
    }
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    fflush(stdout);
    waitpid(pid, NULL, 0);
    return 0;
}
