# Learner: drives the pool with `for _ in p.imap(long_time_task, range(5)): pass` (imap keeps
# the order of the results, the tasks still run four at a time); prints with %.
# Fair grade: full marks.
from multiprocessing import Pool
import os
import time


def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(1)
    print('Task %s result is: %s' % (i, i * i))
    return i * i


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    print('Waiting for all subprocesses done...')
    for _ in p.imap(long_time_task, range(5)):
        pass
    p.close()
    p.join()
    print('All subprocesses done.')
