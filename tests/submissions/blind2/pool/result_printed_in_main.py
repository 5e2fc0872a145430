# Learner: the task returns its square and main prints "Task N result is: R" from the
# AsyncResult (the assignment asks each task's result line to come from its worker).
# Fair grade: "every task prints its result" passes (5 lines) but "each task's result
# comes from the worker that ran it" FAILS, and "tasks run in parallel" is unknowable from
# worker lines (it may fail); the rest passes.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    return name * name


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    rs = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    for i, r in enumerate(rs):
        print('Task %s result is: %s' % (i, r.get()))
    print('All subprocesses done.')
