# Student: Python 2 program written "forward compatible" with print(...) on one argument
# (valid Python 2), but using xrange as Python 2 programmers do. Under Python 2 it runs the
# tutorial exactly; under Python 3, NameError: xrange after the first two lines.
# FAIR: full marks 17.5/17.5 if Python 2 programs are accepted (the assignment says they
# are); at least the report should say it is Python 2 code.
import os, time
from multiprocessing import Pool


def foo(x):
    print('Run task %s (pid:%s)...' % (x, os.getpid()))
    time.sleep(2)
    print('Task %s result is: %s' % (x, x * x))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in xrange(5):
        p.apply_async(foo, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
