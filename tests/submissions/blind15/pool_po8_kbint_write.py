import os
import sys
import time
from multiprocessing import Pool


def long_time_task(name):
    sys.stdout.write('Run task %d (pid:%d)...' % (name, os.getpid()))
    sys.stdout.write('\n')
    time.sleep(0.3)
    sys.stdout.write('Task %d result is: %d\n' % (name, name ** 2))


if __name__ == '__main__':
    sys.stdout.write('Parent process %d.\n' % os.getpid())
    pool = Pool(4)
    try:
        for i in range(5):
            pool.apply_async(long_time_task, (i,))
        sys.stdout.write('Waiting for all subprocesses done...\n')
        pool.close()
        pool.join()
    except KeyboardInterrupt:
        pool.terminate()
        pool.join()
        sys.exit(130)
    sys.stdout.write('All subprocesses done.\n')
