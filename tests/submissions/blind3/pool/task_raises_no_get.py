# Learner: task 3 raises ValueError after its sleep ("testing errors"), before its result
# line; the learner never calls .get(), so the error is silently dropped by the pool.
# Fair grade: fail "every task prints its result": 16.5/17.5.
from multiprocessing import Pool
import os
import time


def long_time_task(i):
    print('Run task %d (pid:%d)...' % (i, os.getpid()))
    time.sleep(1)
    if i == 3:
        raise ValueError('bad task %d' % i)
    print('Task %d result is: %d' % (i, i * i))


if __name__ == '__main__':
    print('Parent process %d.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
