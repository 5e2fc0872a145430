# Learner: Python 2 style (print_function, % formatting), os.wait().
# Expected: full marks.
from __future__ import print_function
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
