# Student: Python 2 (the tutorial's print statements), editor indents with 8 spaces in one
# line and a TAB in the next (same column for Python 2). Runs fine under Python 2.
# FAIR: full marks 16.5/16.5 graded as Python 2, like any other Python 2 submission.
import os

pid = os.fork()
if pid < 0:
        print 'Fail to create process'
elif pid == 0:
        me, parent = os.getpid(), os.getppid()
	print 'I am child process (%s) and my parent is (%s).' % (me, parent)
else:
        print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
	os.wait()
