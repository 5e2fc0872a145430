# Learner: p.map over range(5) instead of apply_async; the other tutorial's lines
# ("Run task 0 (1234)...", "Task 0 runs 0.42 seconds.").
# Fair grade: every check passes: map runs the tasks in parallel on 4 workers (the check
# is about parallelism; map waits, so "Waiting..." comes after the tasks, which the yaml
# does not check).
from multiprocessing import Pool
import os
import random
import time


def long_time_task(name):
    print('Run task %s (%s)...' % (name, os.getpid()))
    start = time.time()
    time.sleep(0.3 + random.random() * 0.3)
    end = time.time()
    print('Task %s runs %0.2f seconds.' % (name, (end - start)))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    p.map(long_time_task, range(5))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
