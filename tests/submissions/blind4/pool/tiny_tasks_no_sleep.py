# Learner: dropped the sleep entirely ("it's just a demo"): tasks take microseconds, so
# one worker may run all five before the others even start. The program is right
# (apply_async, close, join), but nothing makes tasks overlap.
# Fair grade: full marks for the code (the parallel check is on the clock; losing it here
# is the documented limit): 15.5-17.5, and it should at least be the same every run.
# (Timing-dependent: graded 4 times.)
import os
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
