# FAIR GRADE: 17.5/18.5 -- result computed as x*2 instead of x*x (wrong for 0? no: 0,2,4,6,8 vs 0,1,4,9,16): loses the squared check (1).
from multiprocessing import Pool
import os, time

def long_time_task(x):
    print('Run task %s (pid:%s)...' % (x, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (x, x * 2))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
