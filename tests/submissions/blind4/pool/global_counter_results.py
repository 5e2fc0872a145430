# Learner: keeps a module-level `counter` and prints it as the "result" (believing the
# workers share it); each worker's copy counts its own tasks, so results are 1,1,1,1,2 in
# some order instead of 0,1,4,9,16. The processes, order and parallelism are right.
# Fair grade: the results are wrong values; the assignment's checks do not read values,
# so by its checks full marks; a teacher would dock a point or two (~15.5-17.5).
import os
import time
from multiprocessing import Pool

counter = 0

def long_time_task(i):
    global counter
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    counter += 1
    print('Task %s result is: %s' % (i, counter))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
