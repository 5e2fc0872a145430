/* Student: "make the parent wait until I have printed" by stopping the parent from the child
 * (kill(getppid(), SIGSTOP)), meaning to SIGCONT it afterwards, but forgot the SIGCONT.
 * Run normally: the parent stays stopped forever; the child exits; the program hangs.
 * FAIR: the parent never prints its line nor reaps the child: roughly
 * child exists (2), made by fork (1), own pid (1), exit 0 (1), no dup (1) = 6/14.5, timed out. */
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        kill(getppid(), SIGSTOP);
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
        return 0;
    }
    usleep(100000);
    printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    wait(NULL);
    return 0;
}
