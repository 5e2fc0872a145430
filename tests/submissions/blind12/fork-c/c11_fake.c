#include <stdio.h>
#include <unistd.h>
int main(void) {
    int me = getpid();
    printf("I (%d) just created a child process (%d)\n", me, me + 1);
    printf("I am child process (%d) and my parent is (%d)\n", me + 1, me);
    return 0;
}
