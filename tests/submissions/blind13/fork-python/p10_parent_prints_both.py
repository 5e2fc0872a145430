import os

pid = os.fork()
if pid == 0:
    os._exit(0)
else:
    # parent reports for both
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    print('I am child process (%s) and my parent is (%s).' % (pid, os.getpid()))
    os.waitpid(pid, 0)
