# Student: Python 2 (the tutorial's own syntax), with a tuple-unpacking wait and a
# trailing "done" line.  FAIR: full marks 15/15 (graded under Python 2).
import os

pid = os.fork()
if pid < 0:
    print 'Fail to create process'
elif pid == 0:
    print 'I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid())
else:
    print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
    (cpid, status) = os.wait()
    print 'done, status', status
