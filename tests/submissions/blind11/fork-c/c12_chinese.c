/* 作业二：fork() 的用法 —— 子进程和父进程 */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    pid_t pid = fork();   // 创建子进程
    if (pid < 0) {
        fprintf(stderr, "fork 失败\n");
        return 1;
    } else if (pid == 0) {
        printf("子进程: I am child process (%d) and my parent is (%d)\n", getpid(), getppid());
    } else {
        printf("父进程: I (%d) just created a child process (%d)\n", getpid(), pid);
        wait(NULL);
        printf("父进程结束 ✓\n");
    }
    return 0;
}
