# LEARNER: prints "All subprocesses done." right after close(), before join() (thinks close()
# waits).
# FAIR GRADE: 15.5/17.5 -- fail the "`All subprocesses done.` comes after every task's result"
# check (2), in every run (tasks sleep 0.5 s).
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    print('All subprocesses done.')
    p.join()
