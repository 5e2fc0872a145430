import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    n = 0
    while n < 10:        # forgot n += 1
        pass
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
