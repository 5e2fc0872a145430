import os
import time
from multiprocessing import Pool


def square(x):
    print('Run task %d (pid:%d)...' % (x, os.getpid()))
    time.sleep(0.3)
    return x, x * x


def show(res):
    x, sq = res
    print('Task %d result is: %d' % (x, sq))


if __name__ == '__main__':
    print('Parent process %d.' % os.getpid())
    pool = Pool(4)
    for i in range(5):
        pool.apply_async(square, (i,), callback=show)
    print('Waiting for all subprocesses done...')
    pool.close()
    pool.join()
    print('All subprocesses done.')
