# Learner (WRONG): prints 'All subprocesses done.' right after close(), then join()s:
# "close means done". The done line comes before the tasks' results.
# FAIR: 15.5/17.5: fails "`All subprocesses done.` comes after every task's result" (2).
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    print('All subprocesses done.')
    p.join()
