# LEARNER: keeps the AsyncResults and calls r.wait() on each before close()/join() (belt and
# braces). Lines exact.
# FAIR GRADE: 17.5/17.5 (full).
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))
    return i * i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    pool = Pool(processes=4)
    results = [pool.apply_async(task, (i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    for r in results:
        r.wait()
    pool.close()
    pool.join()
    print('All subprocesses done.')
