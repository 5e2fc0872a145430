import functools
import os
from multiprocessing import Process


def child_proc(name, greeting='Run'):
    print('%s child process %s (%s)...' % (greeting, name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=functools.partial(child_proc, 'test'))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
