import os
import signal
import time

finished = False


def reap(signum, frame):
    global finished
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        finished = True


signal.signal(signal.SIGCHLD, reap)

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os._exit(0)
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
while not finished:
    time.sleep(0.01)
