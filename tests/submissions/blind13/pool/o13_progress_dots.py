from multiprocessing import Pool
import os
import sys
import time

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    results = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    p.close()
    while not all(r.ready() for r in results):
        time.sleep(0.1)
    p.join()
    print('All subprocesses done.')
