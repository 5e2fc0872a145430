# Learner (WRONG, small): the child ends with sys.exit("child finished") thinking it
# prints a goodbye; it writes the text to stderr and exits with status 1.
# FAIR: 10/11: fails "the child ends by itself (exit 0)" (1). The stderr text is not an
# assignment line.
import os
import sys
from multiprocessing import Process


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    sys.exit("child finished")


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
