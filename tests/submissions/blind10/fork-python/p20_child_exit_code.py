import os, sys
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    sys.exit(0)
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
pid2, st = os.wait()
print('child %d exited with %d' % (pid2, os.WEXITSTATUS(st)))
