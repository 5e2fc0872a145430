# Student: copied "graceful shutdown" code into the child: it ignores SIGTERM and then
# serves forever (while True: sleep). main joins it: the program never ends, and SIGTERM
# does not stop the child.
# FAIR: lose "Process end. after the child's line" (2), "child ends by itself" (1), format
# (1): ~7/11, ending timed out. The grader must still kill the child (SIGKILL) and not hang.
import os
import signal
import time
from multiprocessing import Process


def child_proc(name):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    print('Run child process %s (%s)...' % (name, os.getpid()))
    while True:
        time.sleep(1)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
