# Learner: child ends with sys.exit(3).
# Expected: loses only "the child ends by itself (exit 0)".
import os
import sys

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    sys.exit(3)
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.waitpid(pid, 0)
