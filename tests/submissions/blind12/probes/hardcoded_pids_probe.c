#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
    if (fork() == 0) {
        printf("I am child process (10002) and my parent is (10001)\n");
        return 0;
    }
    printf("I (10001) just created a child process (10002)\n");
    wait(NULL);
    return 0;
}
