# A learner who waits with a sleep instead of join: the tasks take longer than the sleep, and
# main's end has the pool terminate its workers mid-task (no result line is printed).
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    time.sleep(1)
    print('All subprocesses done.')
