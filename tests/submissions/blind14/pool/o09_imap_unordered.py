from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))
    return name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    print('Waiting for all subprocesses done...')
    done = [n for n in p.imap_unordered(long_time_task, range(5))]
    p.close()
    p.join()
    print('All subprocesses done.')
