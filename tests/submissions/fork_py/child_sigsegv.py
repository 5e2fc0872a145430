# wrong: child is killed by SIGSEGV before it prints
import os
import signal

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGSEGV)
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
