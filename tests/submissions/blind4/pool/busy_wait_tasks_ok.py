# Learner: tasks "work" by busy-waiting 0.4 s on time.time() instead of sleeping. On a
# 2-CPU machine four busy workers still overlap in time.
# Fair grade: full marks. (Timing-dependent: graded 4 times.)
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print(f'Run task {i} (pid:{os.getpid()})...')
    end = time.time() + 0.4
    while time.time() < end:
        pass
    print(f'Task {i} result is: {i * i}')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
