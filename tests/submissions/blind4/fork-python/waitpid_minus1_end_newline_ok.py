# Learner: prints each line in two calls, print(..., end='') then print() for the newline;
# reaps with os.waitpid(-1, 0) ("any child"); child ends with sys.exit(0).
# Fair grade: full marks.
import os
import sys

pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()), end='')
    print()
    sys.exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid), end='')
print()
os.waitpid(-1, 0)
