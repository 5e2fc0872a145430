# Learner: passed args=('child',) instead of ('test',), so the child prints
# `Run child process child (N)...`.
# Fair grade: fail "the child gets its argument": 10/11.
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process {} ({})...'.format(name, os.getpid()))


if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    p = Process(target=run_proc, args=('child',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
