# LEARNER: writes code that runs on both 2 and 3: `from __future__ import print_function`,
# %-formatting, the tutorial's lines.
# TARGET: Python 3.6 (also graded under 2.7? no: python3 runs it).
# FAIR: 11/11 (full).
from __future__ import print_function
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
