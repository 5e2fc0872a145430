from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))
    return name * name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    pool = Pool(processes=4)
    print('Waiting for all subprocesses done...')
    results = pool.map(long_time_task, range(5))
    pool.close()
    pool.join()
    print('All subprocesses done.')
