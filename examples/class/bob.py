# A wrong submission: the child is started but never joined, so `Process end.` does not
# wait for it (Python joins it only at exit, after the last line).
from multiprocessing import Process
import os
import time


def run_proc(name):
    time.sleep(0.2)
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    print('Process end.')
