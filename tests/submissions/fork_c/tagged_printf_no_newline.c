/* wrong: every line carries the lab's tag, and "[lab1] starting... " is printed without a newline
   before fork(): the stdio buffer is copied into the child and printed twice (the tag on every
   line must not hide the copy) */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#define TAG "[lab1] "

int main(void)
{
    printf(TAG "starting... ");
    int pid = fork();
    if (pid == 0) {
        printf(TAG "I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf(TAG "I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(NULL);
        printf(TAG "done\n");
    }
    return 0;
}
