/* Student: correct, split in helper functions, exit(EXIT_SUCCESS) in the child, debug to
 * stderr, parent prints BEFORE waiting, checks WIFEXITED.
 * FAIR: full marks 13/13. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

static void run_child(void)
{
    fprintf(stderr, "[debug] child running\n");
    printf("I am child process (%d) and my parent is (%d)\n", (int)getpid(), (int)getppid());
    exit(EXIT_SUCCESS);
}

static void run_parent(pid_t child)
{
    int st = 0;
    printf("I (%d) just created a child process (%d)\n", (int)getpid(), (int)child);
    fflush(stdout);
    if (waitpid(child, &st, 0) < 0) { perror("waitpid"); exit(1); }
    if (WIFEXITED(st))
        fprintf(stderr, "[debug] child exited with %d\n", WEXITSTATUS(st));
}

int main(void)
{
    pid_t p = fork();
    if (p < 0) { perror("fork"); return 1; }
    if (p == 0) run_child();
    run_parent(p);
    return 0;
}
