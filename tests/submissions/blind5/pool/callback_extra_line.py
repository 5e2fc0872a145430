# LEARNER: seed program, but apply_async gets a callback that prints "callback got 16" in main
# for each result (extra lines, not the assignment's).
# FAIR GRADE: 16.5/17.5 -- only "the program prints only the assignment's lines" fails.
from multiprocessing import Pool
import os, time

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))
    return i * i

def on_done(r):
    print('callback got %s' % r)

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,), callback=on_done)
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
