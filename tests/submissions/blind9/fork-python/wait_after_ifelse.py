# Student: put os.wait() after the if/else, so the child calls it too: the child has no
# children, os.wait() raises ChildProcessError, the child exits 1 with a traceback.
# FAIR: 14/15: only "the child ends by itself (exit 0)" fails; the report should name the
# ChildProcessError in the child.
import os

pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))

os.wait()
