# LEARNER (WRONG): calls p.join() BEFORE p.start() (thought join "attaches" the child);
# multiprocessing raises AssertionError: can only join a started process. main crashes
# after printing `Parent process N.` and `Process will start.`; no child is ever made.
# TARGET: Python 3.11.
# FAIR: 1/11: only "the parent prints its own pid" (1). Everything about the child fails
# (and the format point: the program crashed).
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.join()
    p.start()
    print('Process end.')
