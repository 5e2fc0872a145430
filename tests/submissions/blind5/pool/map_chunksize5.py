# LEARNER: "optimises" with p.map(task, range(5), chunksize=5): all five tasks go to ONE worker
# as a single chunk and run one after another. Lines exact, close/join, done.
# FAIR GRADE: 15.5/17.5 -- fail "tasks run in parallel" (2) in every run.
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))
    return i * i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    print('Waiting for all subprocesses done...')
    p.map(task, range(5), chunksize=5)
    p.close()
    p.join()
    print('All subprocesses done.')
