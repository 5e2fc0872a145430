# Learner: starmap_async with (index, square) pairs, waits on .get() instead of join, then
# close/join; .format strings.
# Fair grade: every check passes (full marks).
from multiprocessing import Pool
import os
import time


def task(i, sq):
    print('Run task {} (pid:{})...'.format(i, os.getpid()))
    time.sleep(0.3)
    print('Task {} result is: {}'.format(i, sq))
    return sq


if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    pool = Pool(processes=4)
    res = pool.starmap_async(task, [(i, i * i) for i in range(5)])
    print('Waiting for all subprocesses done...')
    res.get()
    pool.close()
    pool.join()
    print('All subprocesses done.')
