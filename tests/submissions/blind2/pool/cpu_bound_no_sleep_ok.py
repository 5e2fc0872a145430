# Learner: the task computes instead of sleeping (a sum over 3 million numbers, a few
# tenths of a second of CPU); 4 workers on a 2-CPU grader can only run 2 at a time.
# Fair grade: every check passes: the tasks are submitted with apply_async to Pool(4) and
# do overlap (at least 2 at once on 2 CPUs).
from multiprocessing import Pool
import os


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    s = sum(i * i for i in range(3_000_000))
    print('Task %s result is: %s' % (name, name * name + 0 * s))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
