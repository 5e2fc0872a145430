/* Student: swapped the branches (thinks fork returns the child's pid IN the child).
 * main prints the child line (its own pid, and the shell's pid as parent); the child prints
 * "I (childpid) just created a child process (0)". Both then call wait(NULL) (main's reaps
 * the child).
 * FAIR: mostly zero on the pid checks: child exists (2), made by fork (1), waits (1),
 * no dup (1), exit 0 (1) may pass = about 6/13; parent own pid, pid from fork, only parent
 * prints parent's line, child's own pid, ppid fail. */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int pid = fork();
    if (pid > 0) {
        printf("I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else if (pid == 0) {
        printf("I (%d) just created a child process (%d)\n", getpid(), pid);
    } else {
        printf("Fail to create process\n");
    }
    wait(NULL);
    return 0;
}
