# LEARNER: starts a threading.Timer(60, os._exit) "watchdog" before the pool (a habit from
# CI scripts), then concurrent.futures.ProcessPoolExecutor(max_workers=4) with a `with`
# block, submit x5, done line after the with block. On 3.12+ the executor forks worker
# processes from a multi-threaded process (the Timer thread): multiprocessing's fork emits a
# DeprecationWarning only if it is attributed to __main__ (it is not, I think: hidden).
# TARGET: Python 3.12 (also graded under 3.11).
# FAIR: 17.5/17.5 under both.
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

def long_time_task(i):
    print('Run task %d (pid:%d)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %d result is: %d' % (i, i * i))
    return i * i

if __name__ == '__main__':
    wd = threading.Timer(60, os._exit, args=(3,))
    wd.daemon = True
    wd.start()
    print('Parent process %d.' % os.getpid())
    with ProcessPoolExecutor(max_workers=4) as ex:
        futs = [ex.submit(long_time_task, i) for i in range(5)]
        print('Waiting for all subprocesses done...')
    print('All subprocesses done.')
    wd.cancel()
