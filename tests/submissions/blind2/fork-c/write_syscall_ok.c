/* Learner: avoids stdio altogether (snprintf + write(2)), checks wait's status, and the
 * child exits with exit(EXIT_SUCCESS). Wording: exactly the assignment's lines.
 * Fair grade: every check passes (full marks). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(STDOUT_FILENO, s, strlen(s)); }

int main(void)
{
    char buf[128];
    pid_t child = fork();
    switch (child) {
    case -1:
        perror("fork");
        return EXIT_FAILURE;
    case 0:
        snprintf(buf, sizeof buf, "I am child process (%ld) and my parent is (%ld).\n",
                 (long)getpid(), (long)getppid());
        say(buf);
        exit(EXIT_SUCCESS);
    default:
        snprintf(buf, sizeof buf, "I (%ld) just created a child process (%ld).\n",
                 (long)getpid(), (long)child);
        say(buf);
        int st = 0;
        if (waitpid(child, &st, 0) == child && WIFEXITED(st))
            fprintf(stderr, "child exited with %d\n", WEXITSTATUS(st));
    }
    return 0;
}
