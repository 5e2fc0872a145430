# Learner: Pool() with no size (os.cpu_count() workers: 2 on a 2-core grader) and a debug
# print to stdout.
# Fair grade: "the pool has the 4 workers asked for" FAILS (unless the machine has 4
# CPUs), "the program prints only the assignment's lines" FAILS; the rest passes (2
# workers still overlap tasks).
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool()
    print('DEBUG cpu_count =', os.cpu_count())
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
