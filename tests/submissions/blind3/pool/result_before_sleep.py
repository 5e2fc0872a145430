# Learner: prints the result line right after the run line and only then sleeps (the "work"
# happens after the result is announced).
# Fair grade: the pool is right and the tasks do overlap in their sleeps, but each task's two
# lines come together, so the run-to-result spans never overlap: the teacher docks the
# misplaced result (about 15.5-16.5/17.5).
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    print('Task %s result is: %s' % (name, name * name))
    time.sleep(1)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
