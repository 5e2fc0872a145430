# Learner: copied the other widely spread tutorial: `Run task 0 (1234)...`, random sleeps
# up to 3 s, `Task 0 runs 1.23 seconds.`, written with sys.stdout.write.
# Fair grade: full marks (the yaml accepts this wording).
from multiprocessing import Pool
import os, random, sys, time


def long_time_task(name):
    sys.stdout.write('Run task %s (%s)...\n' % (name, os.getpid()))
    start = time.time()
    time.sleep(random.random() * 3)
    end = time.time()
    sys.stdout.write('Task %s runs %0.2f seconds.\n' % (name, (end - start)))


if __name__ == '__main__':
    sys.stdout.write('Parent process %s.\n' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    sys.stdout.write('Waiting for all subprocesses done...\n')
    p.close()
    p.join()
    sys.stdout.write('All subprocesses done.\n')
