# Learner: forgot p.close(): p.join() raises "ValueError: Pool is still running" at once;
# main dies with a traceback and the pool's finalizer terminates the workers at exit, while
# the tasks are in their sleep: no result line, no `All subprocesses done.`.
# Fair grade: a crash: keep "main prints its own pid" and maybe the worker-structure checks;
# lose the task/result/done/format checks: about 2-5/17.5. It must be the same every run.
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(2)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.join()
    print('All subprocesses done.')
