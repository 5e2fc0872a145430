# LEARNER: the other widely copied tutorial's wording ("Run task 0 (1234)...",
# "Task 0 runs 0.31 seconds."), timing measured with datetime.datetime.utcnow() (an old
# habit). Pool(4), apply_async, close, join. Correct program. On Python 3.12+
# datetime.utcnow() is deprecated: each worker prints a DeprecationWarning (2 lines) to
# stderr, because the worker function lives in __main__ (fork). Under 3.11: no warning.
# TARGET: Python 3.12 (also graded under 3.11).
# FAIR: 17.5/17.5 under both: the warnings are the interpreter's, the learner printed only
# the assignment's lines. (A strict teacher might dock the "only the assignment's lines"
# point on 3.12; I would not.)
import datetime
import os
import time
from multiprocessing import Pool


def long_time_task(name):
    print('Run task %s (%s)...' % (name, os.getpid()))
    start = datetime.datetime.utcnow()
    time.sleep(0.3)
    end = datetime.datetime.utcnow()
    print('Task %s runs %0.2f seconds.' % (name, (end - start).total_seconds()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
