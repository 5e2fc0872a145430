import os

for i in range(2):          # try it twice to see different pids
    pid = os.fork()
    if pid == 0:
        print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
        os._exit(0)
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
