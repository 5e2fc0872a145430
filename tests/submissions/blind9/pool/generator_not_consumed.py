# Student: "clever" generator expression for the submissions, never consumed: no task is
# ever submitted. The pool starts 4 idle workers, close/join, done.
# FAIR: ~2/16 (parent pid, only assignment lines); every task check fails. The report should
# make clear that no task ran at all.
import os, time
from multiprocessing import Pool


def foo(x):
    print('Run task %s (pid:%s)...' % (x, os.getpid()))
    time.sleep(2)
    print('Task %s result is: %s' % (x, x * x))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    results = (p.apply_async(foo, args=(i,)) for i in range(5))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
