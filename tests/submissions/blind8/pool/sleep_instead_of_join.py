# LEARNER (WRONG): Pool(4), apply_async x5, then time.sleep(3) "to let them finish" instead
# of close()/join(); prints the done line after the sleep.
# TARGET: Python 3.8.
# FAIR: 15.5/17.5: fail "`All subprocesses done.` comes after every task's result" (2):
# only the sleep orders it.
import os
import time
import multiprocessing as mp


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = mp.Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    time.sleep(3)
    print('All subprocesses done.')
