from multiprocessing import Process
import os

def run_proc(name):
    print('[child] Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('[main] Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('[main] Process will start.')
    p.start()
    p.join()
    print('[main] Process end.')
