# Learner (WRONG, mildly): Pool(os.cpu_count()) "to use every core" instead of Pool(4); on the
# grading machine (2 cores) that is a pool of 2. Lines exact, apply_async, close/join.
# FAIR GRADE: 16.5/17.5 (fails "the pool has the 4 workers asked for"; tasks still overlap).
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(os.cpu_count())
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
