# Learner: everything right, then at the very end the parent prints the child's exit
# status with a bug: `print("child exited with " + status)` (str + int) -> TypeError.
# FAIR: 16.5 for the fork behaviour; the documented policy takes the format point from a
# main that ended with an exception: 15/16.5 (format check only).
import os

pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
_, status = os.waitpid(pid, 0)
print("child exited with " + status)
