# Learner: copied the tutorial literally in Python 2 (print statements, % formatting) and
# added os.wait() as the assignment asks. Runs under Python 2 (pyenv 2.7.18 is here).
# FAIR: 16.5/16.5 (graded as Python 2 runs it).
import os

print 'Process (%s) start...' % os.getpid()
pid = os.fork()
if pid == 0:
    print 'I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid())
else:
    print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
    os.wait()
