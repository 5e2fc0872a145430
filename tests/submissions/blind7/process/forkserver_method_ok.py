# Learner: set_start_method('forkserver') ("it is the default in Python 3.14, so I use it
# now"). Child made by the fork server; main joins.
# FAIR: 11/11 (the docs say checks look through the forkserver helper).
import multiprocessing as mp
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    mp.set_start_method('forkserver')
    print('Parent process %s.' % os.getpid())
    p = mp.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
