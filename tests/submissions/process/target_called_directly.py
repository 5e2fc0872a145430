# wrong: calls child_proc('test') directly in the parent instead of starting a Process (pid is the parent's)
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc('test'))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
