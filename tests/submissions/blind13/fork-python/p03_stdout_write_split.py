import os
import sys

pid = os.fork()
if pid == 0:
    sys.stdout.write('I am child process (%d)' % os.getpid())
    sys.stdout.write(' and my parent is (%d).' % os.getppid())
    sys.stdout.write('\n')
    sys.stdout.flush()
    os._exit(0)
sys.stdout.write('I (%d) just created a child process (%d).' % (os.getpid(), pid))
sys.stdout.write('\n')
sys.stdout.flush()
os.waitpid(pid, 0)
