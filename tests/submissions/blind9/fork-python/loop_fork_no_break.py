# Student: "let's make two children" with a loop, but the child does not break/_exit: it
# goes round the loop again and forks a grandchild. 4 processes.
# FAIR: low (the assignment is one child; a child prints the parent's line), ~2/15.
import os

for i in range(2):
    pid = os.fork()
    if pid == 0:
        print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    else:
        print(f"I ({os.getpid()}) just created a child process ({pid}).")
        os.waitpid(pid, 0)
