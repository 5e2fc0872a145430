# Student: Python 2 (the tutorial's print statements); the editor indents one line with a TAB
# and the others with 8 spaces (the same column for Python 2). The first mixed line comes
# BEFORE the first print statement. Runs fine under Python 2.
# FAIR: full marks 16.5/16.5 graded as Python 2, like any other Python 2 submission.
import os

pid = os.fork()
if pid == 0:
        me = os.getpid()
	parent = os.getppid()
        print 'I am child process (%s) and my parent is (%s).' % (me, parent)
else:
        print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
        os.wait()
