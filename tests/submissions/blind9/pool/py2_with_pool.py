# Student: Python 2 print statements, and `with Pool(4) as p:` (Python 2's Pool is not a
# context manager): AttributeError: __exit__ in main, no task runs.
# FAIR: ~1/16 (parent pid; the report should name the AttributeError and Python 2).
import os, time
from multiprocessing import Pool

def foo(x):
    print 'Run task %s (pid:%s)...' % (x, os.getpid())
    time.sleep(2)
    print 'Task %s result is: %s' % (x, x * x)

if __name__ == '__main__':
    print 'Parent process %s.' % os.getpid()
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(foo, args=(i,))
        print 'Waiting for all subprocesses done...'
        p.close()
        p.join()
    print 'All subprocesses done.'
