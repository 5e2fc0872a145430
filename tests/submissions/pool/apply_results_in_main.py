# wrong: blocking p.apply runs the tasks one by one; the task returns i*i and main prints `Task i result is: v`,
# so no result line ends a span in a worker: the "parallel" check must not count those open spans as overlapping
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    return name * name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        print('Task %s result is: %s' % (i, p.apply(long_time_task, args=(i,))))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
