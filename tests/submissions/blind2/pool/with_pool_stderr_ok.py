# Learner: `with Pool(4) as p:`, apply_async, close+join inside the with block; progress
# messages go to stderr (not stdout).
# Fair grade: every check passes (full marks): stderr is not "printing" lines.
from multiprocessing import Pool
import os
import sys
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.4)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(long_time_task, (i,))
            print('submitted', i, file=sys.stderr)
        print('Waiting for all subprocesses done...')
        p.close()
        p.join()
    print('All subprocesses done.')
