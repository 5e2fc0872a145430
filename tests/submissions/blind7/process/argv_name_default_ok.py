# Learner: the child's name comes from the command line with a default:
# name = sys.argv[1] if len(sys.argv) > 1 else 'test' (run without arguments here).
# FAIR: 11/11.
import os
import sys
from multiprocessing import Process


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    name = sys.argv[1] if len(sys.argv) > 1 else 'test'
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=(name,))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
