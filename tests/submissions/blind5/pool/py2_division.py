# LEARNER: Python-2 habit: result = i * i / 1 (meant integer), which in Python 3 prints a float:
# "Task 2 result is: 4.0". Everything else is the seed program.
# FAIR GRADE: 16.5-17.5/17.5 -- behaviour perfect; at most the format check (the values
# have ".0"). Not a behaviour mistake.
from multiprocessing import Pool
import os, time

def task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.4)
    print('Task %s result is: %s' % (i, i * i / 1))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
