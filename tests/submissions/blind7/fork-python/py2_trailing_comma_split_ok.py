# Learner (Python 2): builds each line with two print statements, the first ending with a
# trailing comma (Python 2 "softspace": no newline, a space before the next print).
# The text comes out exactly as asked. os.waitpid.
# FAIR: 16.5/16.5.
import os

pid = os.fork()
if pid == 0:
    print 'I am child process (%d)' % os.getpid(),
    print 'and my parent is (%d).' % os.getppid()
else:
    print 'I (%d) just created' % os.getpid(),
    print 'a child process (%d).' % pid
    os.waitpid(pid, 0)
