# Learner: no Pool: starts 5 multiprocessing.Process objects (one per task) and joins them.
# Fair grade: not a pool of 4: fail "the pool has the 4 workers asked for" and "at most 4
# tasks run at once": 15.5/17.5.
from multiprocessing import Process
import os
import time


def long_time_task(i):
    print(f'Run task {i} (pid:{os.getpid()})...')
    time.sleep(1)
    print(f'Task {i} result is: {i*i}')


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    procs = [Process(target=long_time_task, args=(i,)) for i in range(5)]
    for pr in procs:
        pr.start()
    print('Waiting for all subprocesses done...')
    for pr in procs:
        pr.join()
    print('All subprocesses done.')
