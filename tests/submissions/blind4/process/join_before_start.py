# Learner: calls p.join() before p.start() (lines in the wrong order): join raises
# AssertionError ("can only join a started process") in main, before any child exists.
# Fair grade: ~1/11 (main's pid line only).
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.join()
    p.start()
    print('Process end.')
