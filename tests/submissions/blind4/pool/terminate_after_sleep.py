# Learner: instead of close(), sleeps 2 s "long enough" and then terminate()s the pool,
# then join()s. The tasks (0.4 s each, two rounds) have all finished by then, by timing.
# Fair grade: works, but only by timing: a teacher would accept it with a note (full or
# ~-1); the checks cannot see "by timing" since the joins do wait for the workers. ~16.5-17.5.
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.4)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    time.sleep(2)
    p.terminate()
    p.join()
    print('All subprocesses done.')
