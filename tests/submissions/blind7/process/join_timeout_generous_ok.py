# Learner: child sleeps 0.3 s then prints; parent join(timeout=5) "to be safe"; the
# child ends well within the timeout.
# FAIR: 11/11.
from multiprocessing import Process
import os
import time


def run_proc(name):
    time.sleep(0.3)
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join(timeout=5)
    print('Process end.')
