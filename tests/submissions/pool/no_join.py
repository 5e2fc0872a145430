# A wrong submission: the pool is never closed and joined, so main says it is done while
# the tasks are still running (they are killed when the pool is garbage-collected).
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    time.sleep(0.1)
    print('All subprocesses done.')
