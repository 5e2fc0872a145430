# Learner: the other widely copied tutorial: `Run task 0 (1234)...`, random sleep up to 3 s,
# `Task 0 runs 1.23 seconds.`; Python 2 style print_function.
# Expected: full marks.
from __future__ import print_function
from multiprocessing import Pool
import os
import random
import time


def long_time_task(name):
    print('Run task %s (%s)...' % (name, os.getpid()))
    start = time.time()
    time.sleep(random.random() * 3)
    end = time.time()
    print('Task %s runs %0.2f seconds.' % (name, (end - start)))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
