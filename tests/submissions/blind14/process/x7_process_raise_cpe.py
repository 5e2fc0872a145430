import os
import queue
import subprocess
from multiprocessing import Process


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    if 'cpe' == 'empty':
        raise queue.Empty
    raise subprocess.CalledProcessError(1, 'make')


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
