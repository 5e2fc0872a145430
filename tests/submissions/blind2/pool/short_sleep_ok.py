# Learner: the tutorial's program with a tenth of a second per task instead of 2 s ("the
# assignment said anything from a tenth"); f-strings.
# Fair grade: every check passes (full marks) in every run.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print(f'Run task {name} (pid:{os.getpid()})...')
    time.sleep(0.1)
    print(f'Task {name} result is: {name * name}')


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
