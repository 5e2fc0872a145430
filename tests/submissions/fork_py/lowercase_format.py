# correct-variant: all lowercase, .format(), no trailing period
import os

pid = os.fork()
if pid == 0:
    print("i am child process ({}) and my parent is ({})".format(os.getpid(), os.getppid()))
else:
    print("i ({}) just created a child process ({})".format(os.getpid(), pid))
    os.wait()
