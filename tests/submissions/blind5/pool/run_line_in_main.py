# LEARNER: prints the run line in the wrong process: main prints "Run task i (pid:<main pid>)..."
# just before apply_async; the worker sleeps and prints the result line. close/join, done.
# FAIR GRADE: ~13/17.5 -- a fair teacher takes "tasks run in workers" (2, the run lines come from
# main) and "each task prints the pid of the worker that runs it" (1) and maybe the run/result
# order (1); the pool really ran the tasks in 4 workers in parallel, results from workers, done
# after join. A cascade through `needs` that zeroes everything about workers would be too low.
from multiprocessing import Pool
import os, time

def task(i):
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        print('Run task %s (pid:%s)...' % (i, os.getpid()))
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
