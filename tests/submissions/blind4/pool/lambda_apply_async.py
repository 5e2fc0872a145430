# Learner: submits a lambda with apply_async and never calls .get(): the lambda cannot be
# pickled, so every task fails silently in the pool's task handler; no task ever runs.
# The program prints the parent, waiting and done lines and exits 0.
# Fair grade: nothing of the exercise happens: ~1-2/17.5 (main's pid, maybe the 4 workers).
import os
import time
from multiprocessing import Pool

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(lambda n: (print('Run task %s (pid:%s)...' % (n, os.getpid())),
                                 time.sleep(0.5),
                                 print('Task %s result is: %s' % (n, n * n))), (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
