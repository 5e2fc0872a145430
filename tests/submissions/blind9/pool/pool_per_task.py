# Student: makes a NEW Pool(4) for each task inside the loop, with close/join each time: the
# five tasks run one after another, 20 workers are made.
# FAIR: ~13/16: lose "tasks run in parallel" (2) and arguably "the pool has the 4 workers"
# (1). Everything else holds.
import os, time
from multiprocessing import Pool


def foo(x):
    print('Run task %s (pid:%s)...' % (x, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (x, x * x))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    print('Waiting for all subprocesses done...')
    for i in range(5):
        p = Pool(4)
        p.apply_async(foo, args=(i,))
        p.close()
        p.join()
    print('All subprocesses done.')
