# A right submission that starts its workers through a forkserver, as Python 3.14 does by
# default: the workers are children of the forkserver, a helper, which the checks look through.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == "__main__":
    import multiprocessing
    # Python 3.14 starts pool workers through a forkserver by default; 3.11 can be asked to.
    multiprocessing.set_start_method("forkserver")
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
