from multiprocessing import Process
import os
import time

def run_proc(name):
    time.sleep(0.3)
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    while p.is_alive():
        p.join(0.05)
    print('Process end.')
