import os
from multiprocessing import Process

def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    ps = [Process(target=child_proc, args=(n,)) for n in ('test', 'test2')]
    print('Process will start.')
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Process end.')
