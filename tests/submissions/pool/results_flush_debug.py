# correct-variant: flush=True everywhere, task returns x*x and the parent also prints a debug list of results
import os
import time
from multiprocessing import Pool


def foo(x):
    print('Run task %s (pid:%s)...' % (x, os.getpid()), flush=True)
    time.sleep(0.3)
    print('Task %s result is: %s' % (x, x * x), flush=True)
    return x * x


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid(), flush=True)
    p = Pool(4)
    results = [p.apply_async(foo, (i,)) for i in range(5)]
    print('Waiting for all subprocesses done...', flush=True)
    p.close()
    p.join()
    print('debug results', [r.get() for r in results])
    print('All subprocesses done.')
