# FAIR GRADE: 9/11 -- forgets p.join(): "Process end." is not ordered after the child's line (2), in every run, whatever order they happened to print in.
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    print('Process end.')
