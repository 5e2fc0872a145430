# wrong: child function crashes with NameError (uses `pid` that only exists in the parent)
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, pid))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
