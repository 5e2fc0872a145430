# Learner: copied `from multiprocessing.dummy import Pool` from a "parallel map" blog post:
# the same API, but the pool is 4 THREADS of main, not processes. Tasks print os.getpid(),
# which is main's pid for every task.
# Fair grade: no worker processes at all: fail tasks-in-workers (2) and everything that
# needs it, 4 workers (1): ~5-6/17.5.
import os
import time
from multiprocessing.dummy import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
