# LEARNER: the task prints os.getppid() as its pid (confused which one is "the process").
# FAIR GRADE: 16.5/17.5 -- fail only "each task prints the pid of the worker that runs it" (1).
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getppid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
