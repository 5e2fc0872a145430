# LEARNER: the child prints its line with print(..., file=sys.stderr) ("errors go to stderr,
# and the child is special"); everything else right.
# FAIR GRADE: 15/16.5 -- format only (the docs say a stderr line of the assignment counts for
# behaviour and fails the format check).
import os
import sys

pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()), file=sys.stderr)
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.waitpid(pid, 0)
