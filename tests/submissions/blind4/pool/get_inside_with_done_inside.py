# Learner (Python docs style): `with Pool(4) as p:` collects the AsyncResults, waits for
# every one with .get(), and prints `All subprocesses done.` inside the with block (the
# block's exit then terminates the idle workers). get() returns only after each task
# finished, and each task prints its result line before returning, so the done line is
# after every result line in every run.
# Fair grade: full marks.
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))
    return i * i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        results = [p.apply_async(long_time_task, (i,)) for i in range(5)]
        print('Waiting for all subprocesses done...')
        for r in results:
            r.get()
        print('All subprocesses done.')
