# Learner (WRONG): "waits" with os.waitpid(pid, os.WNOHANG) right after the fork, which
# returns (0, 0) at once since the child is still running; the parent then exits. The
# child sleeps 0.2 s and prints: its parent is gone (orphan), getppid() is not main.
# FAIR: 13.5/16.5: fails "the parent waits for its child" (1) and the ppid check (2).
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
else:
    print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
    os.waitpid(pid, os.WNOHANG)
