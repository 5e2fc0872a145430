import atexit
import os
import sys
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


def main():
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    atexit.register(print, 'Process end.')
    return p.exitcode


if __name__ == '__main__':
    sys.exit(main())
