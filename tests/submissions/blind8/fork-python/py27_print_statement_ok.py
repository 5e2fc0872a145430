# LEARNER: follows the Python 2 tutorial literally: print statements with %, os.wait().
# TARGET: Python 2.7 (graded with default python3 -> the grader's python2 fallback).
# FAIR: 16.5/16.5 (full; the assignment says Python 2 submissions are graded as Python 2 runs them).
import os

print 'Process (%s) start...' % os.getpid()
pid = os.fork()
if pid == 0:
    print 'I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid())
else:
    print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
    os.wait()
