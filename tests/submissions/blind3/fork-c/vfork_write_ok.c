/* Learner: used vfork() (read that it is "faster"), the child only formats its line with
 * snprintf, writes it with write(2) and leaves with _exit(0), as vfork requires; the parent
 * then prints its line and waits with waitpid.
 * Fair grade: full marks (vfork makes a real child; nothing of the lesson is missed).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = vfork();
    if (pid < 0) {
        perror("vfork");
        return 1;
    }
    if (pid == 0) {
        char buf[128];
        int n = snprintf(buf, sizeof buf, "I am child process (%d) and my parent is (%d)\n",
                         (int)getpid(), (int)getppid());
        write(1, buf, n);
        _exit(0);
    }
    printf("I (%d) just created a child process (%d)\n", (int)getpid(), (int)pid);
    waitpid(pid, NULL, 0);
    return 0;
}
