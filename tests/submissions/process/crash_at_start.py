# wrong: NameError (os.getpid misspelled os.get_pid) before any process is made
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.get_pid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
