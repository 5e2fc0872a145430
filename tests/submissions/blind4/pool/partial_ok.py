# Learner: binds the sleep time with functools.partial and submits with apply_async.
# Fair grade: full marks (17.5/17.5).
import os
import time
from functools import partial
from multiprocessing import Pool

def long_time_task(i, delay):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(delay)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    task = partial(long_time_task, delay=0.5)
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
