# Learner: Pool(4, maxtasksperchild=1) ("fresh worker per task", read on Stack Overflow):
# still at most 4 workers at a time, but a fifth worker process replaces a finished one.
# Fair grade: the assignment asks for Pool(4) and five apply_async tasks: a teacher gives
# full marks; "the pool has the 4 workers asked for" counting 5 processes would be a
# disagreement.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4, maxtasksperchild=1)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
