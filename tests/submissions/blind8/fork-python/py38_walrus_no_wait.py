# LEARNER (WRONG): Python 3.8 walrus `if (pid := os.fork()) == 0:`; forgets to wait for the child.
# TARGET: Python 3.8.
# FAIR: 13.5/16.5: fail "the parent waits for its child" (1) and the ppid check (2).
import os

if (pid := os.fork()) == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
