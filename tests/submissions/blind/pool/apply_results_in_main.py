# Learner: blocking p.apply (tasks one by one), the task returns i*i and main prints
# `Task i result is: v`.
# Expected: loses "tasks run in parallel (apply_async, not apply)" (tasks never overlap)
# and "each task's result comes from the worker that ran it".
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
