# Student: wanted to "pause" the child while printing "Process will start." and forgot to
# resume it: os.kill(p.pid, SIGSTOP) right after start(), never SIGCONT. Run normally, the
# child stays stopped (usually before it prints) and p.join() never returns: the program
# hangs.
# FAIR: the child never prints and never ends; Process end. never printed: ~3-4/11, timed out.
import os
import signal
import time
from multiprocessing import Process


def child_proc(name):
    time.sleep(0.5)
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    p.start()
    os.kill(p.pid, signal.SIGSTOP)
    print('Process will start.')
    p.join()
    print('Process end.')
