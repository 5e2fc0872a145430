# LEARNER: impatient: each task sleeps only 0.02 s instead of 2 s. Otherwise the seed.
# FAIR GRADE: 17.5/17.5 (full; apply_async does run tasks in parallel). The grader reads
# overlap from the clock, so this may be unstable -- note it if so.
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.02)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
