# Learner: the other tutorial's wording ("Child process will start." / "Child process end."),
# Python 2 style print_function, extra debug prints from both processes.
# Expected: full marks.
from __future__ import print_function
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    print('debug: child exiting')


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Child process will start.')
    p.start()
    print('debug: started', p.pid)
    p.join()
    print('debug: exitcode', p.exitcode)
    print('Child process end.')
