# Learner: uses p.apply (blocking) instead of apply_async, and prints the result line right
# after the run line, then sleeps 0.3 s: the tasks run strictly one after another.
# Fair grade: fail "tasks run in parallel (apply_async, not apply)" (2 points); the result
# printed before the work could cost a little more: about 15.5/17.5 (never 16.5 with the
# parallel check passed).
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    print('Task %s result is: %s' % (name, name * name))
    time.sleep(0.3)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
