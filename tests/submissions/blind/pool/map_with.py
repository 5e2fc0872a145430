# Learner: `with Pool(4) as p: p.map(task, range(5))` instead of apply_async loop.
# Expected: full marks (map runs tasks in parallel, returns after all).
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        print('Waiting for all subprocesses done...')
        p.map(long_time_task, range(5))
    print('All subprocesses done.')
