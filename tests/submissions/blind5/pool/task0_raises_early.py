# LEARNER: the task divides by i ("Task i result is: 100/i") -> task 0 raises ZeroDivisionError
# right after its run line (no result line); apply_async without get(), so nobody sees it. The
# worker that ran task 0 is free at once and takes task 4 while tasks 1-3 still sleep.
# At any moment at most 4 tasks are really running (4 workers).
# FAIR GRADE: 16.5/17.5 -- only "every task prints its result" (1) fails.
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    r = 100 // i
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, r))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
