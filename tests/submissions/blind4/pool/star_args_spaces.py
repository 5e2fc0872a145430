# Learner: print(*args) with commas: "Run task 0 (pid: 1234 )..." and
# "Task 0 result is: 0". Behaviour right.
# Fair grade: format only (~1.6): ~16/17.5.
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task', i, '(pid:', os.getpid(), ')...')
    time.sleep(0.5)
    print('Task', i, 'result is:', i * i)

if __name__ == '__main__':
    print('Parent process', str(os.getpid()) + '.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
