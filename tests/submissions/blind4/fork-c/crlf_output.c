/* Learner: wrote it on Windows first: every line ends with "\r\n". Otherwise the textbook
 * program with wait(NULL).
 * Fair grade: full marks, or at most the format check (1 of 14.5): 13.5-14.5. */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("I am child process (%d) and my parent is (%d)\r\n", getpid(), getppid());
    } else {
        printf("I (%d) just created a child process (%d)\r\n", getpid(), pid);
        wait(NULL);
    }
    return 0;
}
