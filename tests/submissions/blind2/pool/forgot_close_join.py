# Learner: no close()/join(): main prints "All subprocesses done." at once and the `with`
# block's terminate() kills the workers mid-task.
# Fair grade: "every task runs once" FAILS (at most 4 started), "every task prints its
# result" FAILS, "`All subprocesses done.` comes after every task's result" FAILS;
# pid checks and parent_of may pass.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(long_time_task, args=(i,))
        print('Waiting for all subprocesses done...')
        time.sleep(0.1)
    print('All subprocesses done.')
