/* A wrong submission that does not compile: a missing semicolon. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    pid_t pid = fork()
    printf("%d\n", pid);
    return 0;
}
