import os
from multiprocessing import Process

PID = os.getpid()


def child_proc(name):
    print('Run child process %s (%s)...' % (name, PID))


if __name__ == '__main__':
    print('Parent process %s.' % PID)
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
