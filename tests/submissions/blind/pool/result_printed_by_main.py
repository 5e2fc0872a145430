# Learner: the task returns i*i and main prints `Task i result is: v` from .get().
# Expected: loses "each task's result comes from the worker that ran it, after its run
# line" (result lines are main's); maybe "every task prints its result" too if only worker
# result lines count.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task {} (pid:{})...'.format(name, os.getpid()))
    time.sleep(0.3)
    return name * name


if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    with Pool(4) as p:
        results = [p.apply_async(long_time_task, (i,)) for i in range(5)]
        print('Waiting for all subprocesses done...')
        for i, r in enumerate(results):
            print('Task {} result is: {}'.format(i, r.get()))
    print('All subprocesses done.')
