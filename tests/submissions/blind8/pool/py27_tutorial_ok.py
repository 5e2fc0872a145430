# LEARNER: the Python 2 tutorial's Pool example verbatim (print statements, Pool(4),
# apply_async, close, join), task sleeps random.random()*3.
# TARGET: Python 2.7 (default python3 -> grader's python2 fallback).
# FAIR: 17.5/17.5 (full).
from multiprocessing import Pool
import os, time, random

def long_time_task(name):
    print 'Run task %s (pid:%s)...' % (name, os.getpid())
    start = time.time()
    time.sleep(0.2 + random.random() * 0.5)
    end = time.time()
    print 'Task %s result is: %s' % (name, name * name)

if __name__=='__main__':
    print 'Parent process %s.' % os.getpid()
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print 'Waiting for all subprocesses done...'
    p.close()
    p.join()
    print 'All subprocesses done.'
