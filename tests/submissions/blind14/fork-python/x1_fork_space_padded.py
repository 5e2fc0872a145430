import os

pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process (%6d) and my parent is (%6d).' % (os.getpid(), os.getppid()))
else:
    print('I (%6d) just created a child process (%6d).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
