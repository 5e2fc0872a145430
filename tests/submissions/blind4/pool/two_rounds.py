# Learner: runs the whole exercise twice (a loop around it, a new Pool(4) each round), each
# round right. 10 run lines, 10 result lines, two `All subprocesses done.`.
# Fair grade: each round is right; dock the "five tasks"/"4 workers" counts at most:
# ~12-15/17.5.
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    for round_no in range(2):
        p = Pool(4)
        for i in range(5):
            p.apply_async(long_time_task, args=(i,))
        print('Waiting for all subprocesses done...')
        p.close()
        p.join()
        print('All subprocesses done.')
