import os
import sys

sys.stdout.write('forking... ')
pid = os.fork()
if pid == 0:
    sys.stdout.write('I am child process (%d) and my parent is (%d).\n' % (os.getpid(), os.getppid()))
else:
    sys.stdout.write('I (%d) just created a child process (%d).\n' % (os.getpid(), pid))
    os.wait()
