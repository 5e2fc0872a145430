import multiprocessing as mp
import os

def run_proc(name, lock):
    with lock:
        print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    lock = mp.Lock()
    print('Parent process %s.' % os.getpid())
    p = mp.Process(target=run_proc, args=('test', lock))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
