import os
import sys

pid = os.fork()
if pid == 0:
    sys.stdout.write('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    sys.stdout.flush()
    os._exit(0)              # forgot the newline
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.waitpid(pid, 0)
