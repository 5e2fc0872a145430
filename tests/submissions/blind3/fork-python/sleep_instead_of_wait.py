# Learner: read that the child's getppid() is wrong if the parent ends first, so the parent
# time.sleep(1)s after printing instead of calling os.wait().
# Fair grade: fail "the parent waits for its child" and "the child's ppid is its parent's
# pid" (it needs the wait): 11.5/14.5.
import os
import time

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    time.sleep(1)
