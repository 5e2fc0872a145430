# wrong: parent never waits; the child "does some work" (0.2 s) first, so it is almost always orphaned
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
