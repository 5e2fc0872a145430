import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s)' % os.getpid(), end='')
    print(' and my parent is (%s).' % os.getppid())
else:
    print('I (%s) just created a child process (%s)' % (os.getpid(), pid), end='.\n')
    os.waitpid(pid, 0)
