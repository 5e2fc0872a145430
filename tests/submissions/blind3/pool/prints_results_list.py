# Learner: keeps the AsyncResults and, after `All subprocesses done.`, prints the list of
# results `[0, 1, 4, 9, 16]` as a check.
# Fair grade: fail only "the program prints only the assignment's lines": 16.5/17.5.
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(1)
    print('Task %s result is: %s' % (name, name * name))
    return name * name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    results = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
    print([r.get() for r in results])
