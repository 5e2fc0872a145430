import multiprocessing
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))
    return name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    pool = multiprocessing.Pool(4)
    print('Waiting for all subprocesses done...')
    for _ in pool.imap_unordered(long_time_task, range(5)):
        pass
    pool.close()
    pool.join()
    print('All subprocesses done.')
