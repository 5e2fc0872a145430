# LEARNER: Python 3.13; apply_async with a callback that appends the returned value to a
# list in main (no print in the callback), close(), join(); the worker prints both lines.
# TARGET: Python 3.13.
# FAIR: 17.5/17.5 (full).
import os
import time
from multiprocessing import Pool

results = []


def long_time_task(name):
    print(f'Run task {name} (pid:{os.getpid()})...')
    time.sleep(0.25)
    print(f'Task {name} result is: {name * name}')
    return name * name


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, (i,), callback=results.append)
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
