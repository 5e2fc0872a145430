import os
pid = os.fork()
if pid == 0:
    os.write(1, ('I am child process (%d) and my parent is (%d).\n' % (os.getpid(), os.getppid())).encode())
    os._exit(0)
os.write(1, ('I (%d) just created a child process (%d).\n' % (os.getpid(), pid)).encode())
os.waitpid(-1, 0)
