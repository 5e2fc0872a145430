# Learner: read that spawn is "safer", so set_start_method('spawn') before Pool(4); the
# workers are fresh interpreters. Otherwise the seed.
# Fair grade: full marks.
import multiprocessing as mp
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(1)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('Parent process %s.' % os.getpid())
    p = mp.Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
