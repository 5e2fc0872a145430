from multiprocessing import Process, Manager
import os

def run_proc(name, shared):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    shared['child_pid'] = os.getpid()

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Manager() as manager:
        shared = manager.dict()
        p = Process(target=run_proc, args=('test', shared))
        print('Process will start.')
        p.start()
        p.join()
        print('Process end.')
