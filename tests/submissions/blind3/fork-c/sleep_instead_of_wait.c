/* Learner: "the parent must still be alive when the child asks getppid()", so the parent
 * sleep(1)s after its line instead of calling wait.
 * Fair grade: fail "the parent waits for its child" and (needing it) "the child's ppid is
 * its parent's pid": 11.5/14.5.
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
        fflush(stdout);
        sleep(1);
    }
    return 0;
}
