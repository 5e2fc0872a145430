# Learner: Python 2 tutorial, Python 2 print statements; the grader runs python3, so the
# program does not even compile (SyntaxError).
# Fair grade: 0 (nothing runs).
from multiprocessing import Process
import os


def run_proc(name):
    print 'Run child process %s (%s)...' % (name, os.getpid())


if __name__ == '__main__':
    print 'Parent process %s.' % os.getpid()
    p = Process(target=run_proc, args=('test',))
    print 'Process will start.'
    p.start()
    p.join()
    print 'Process end.'
