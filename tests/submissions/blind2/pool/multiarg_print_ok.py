# Learner: multi-argument print (print('Run task', i, ...)) builds the lines, which with
# PYTHONUNBUFFERED is several write() calls per line from four processes at once; uses
# imap_unordered and consumes it.
# Fair grade: every check passes if the lines arrive whole; pieces of different workers'
# lines may interleave (a real hazard of this style), which would cost format/count checks.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task ', name, ' (pid:', os.getpid(), ')...', sep='')
    time.sleep(0.3)
    print('Task', name, 'result is:', name * name)
    return name


if __name__ == '__main__':
    print('Parent process ', os.getpid(), '.', sep='')
    with Pool(4) as p:
        for _ in p.imap_unordered(long_time_task, range(5)):
            pass
        print('Waiting for all subprocesses done...')
        p.close()
        p.join()
    print('All subprocesses done.')
