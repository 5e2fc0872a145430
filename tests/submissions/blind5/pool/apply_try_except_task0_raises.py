# LEARNER: uses p.apply (blocking, one task at a time) inside try/except; task 0 raises
# ZeroDivisionError right after its run line (100 // i), the except prints nothing. Tasks 1-4
# then run one after another. No task ever overlaps another.
# FAIR GRADE: 14.5/17.5 -- fail "tasks run in parallel" (2) and "every task prints its result"
# (1). (A grader that keeps task 0's span open forever would see an overlap and wrongly pass
# the parallel check.)
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    r = 100 // i
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, r))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    print('Waiting for all subprocesses done...')
    for i in range(5):
        try:
            p.apply(task, (i,))
        except ZeroDivisionError:
            pass
    p.close()
    p.join()
    print('All subprocesses done.')
