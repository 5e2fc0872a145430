# An honest Pool(4) solution: five apply_async tasks on a pool of four, with a
# Manager().Lock() so that the workers' lines do not interleave (a multiprocessing.Lock
# cannot be passed to pool tasks, so tutorials use the Manager's).
from multiprocessing import Pool, Manager
import os
import time


def long_time_task(name, lock):
    with lock:
        print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    with lock:
        print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    manager = Manager()
    lock = manager.Lock()
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i, lock))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
