# Learner (WRONG): after join() calls p.start() again "to show it runs again" inside a
# try/except AssertionError printing nothing; Python refuses ("cannot start a process
# twice") and the except swallows it. Output and behaviour are otherwise right.
# FAIR: 11/11 (the extra start does nothing; nothing graded is wrong).
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
    try:
        p.start()
    except AssertionError:
        pass
    print('Process end.')
