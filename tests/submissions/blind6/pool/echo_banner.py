# Learner: the seed Pool program, preceded by a banner printed with
# subprocess.run(["echo", "Pool lab"]) (before the pool is made).
# FAIR GRADE: 16.5/17.5 (the banner line is not one of the assignment's lines: only "prints
# only the assignment's lines" should fail; everything about the pool is right).
import os
import time
import subprocess
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    subprocess.run(['echo', 'Pool lab'])
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
