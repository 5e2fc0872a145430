# Learner: forgot close()/join(); main prints the last line and exits, the pool is torn
# down at exit, tasks are killed or never run.
# Expected: loses most: "every task runs once", and everything needing it; "`All
# subprocesses done.` comes after every result" fails.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    print('All subprocesses done.')
