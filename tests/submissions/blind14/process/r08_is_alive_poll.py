import os
import time
from multiprocessing import Process


def child_proc(name):
    time.sleep(0.2)
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    while p.is_alive():
        time.sleep(0.01)
    print('Process end.')
