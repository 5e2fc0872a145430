# LEARNER: task 2 ends its worker with os._exit(1) ("stop early if i == 2") after its run line.
# The pool replaces the worker but task 2 never completes, so p.join() waits forever: the run
# hits the time limit; "All subprocesses done." is never printed.
# FAIR GRADE: ~11/17.5 -- fail "every task prints its result" (1), the done-after-results check
# (2, no done line), the format/only-lines check (1, did not end), perhaps "the pool has the 4
# workers" (a 5th worker replaces the dead one, but only 4 at once). Run count, in workers,
# parallel, pids pass.
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %d (pid:%d)...' % (i, os.getpid()))
    if i == 2:
        os._exit(1)
    time.sleep(0.5)
    print('Task %d result is: %d' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %d.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
