import multiprocessing
import os
import time

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = multiprocessing.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    while multiprocessing.active_children():
        time.sleep(0.05)
    print('Process end.')
