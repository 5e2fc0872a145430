import os
import sys

def child():
    sys.stdout.write("I am child process (%d) and my parent is (%d).\n" % (os.getpid(), os.getppid()))
    os._exit(0)

def parent(child_pid):
    sys.stdout.write("I (%d) just created a child process (%d).\n" % (os.getpid(), child_pid))
    _, status = os.waitpid(child_pid, 0)

if __name__ == '__main__':
    pid = os.fork()
    if pid == 0:
        child()
    else:
        parent(pid)
