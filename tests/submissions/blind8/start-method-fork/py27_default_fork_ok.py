# LEARNER: Python 2.7 (no set_start_method there; fork is the only method on Linux): print
# statement, Process + join.
# TARGET: Python 2.7 (via the grader's python2 fallback).
# FAIR: 10/10 (full).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print 'pid:%d, num is %d' % (os.getpid(), num)


if __name__ == '__main__':
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
