from functools import partial
from multiprocessing import Pool
import os
import time


def long_time_task(name, delay):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(delay)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    task = partial(long_time_task, delay=0.5)
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
