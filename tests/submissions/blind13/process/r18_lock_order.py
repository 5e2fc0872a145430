from multiprocessing import Process, Lock
import os

def run_proc(name, lock):
    with lock:
        print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    lock = Lock()
    lock.acquire()
    p = Process(target=run_proc, args=('test', lock))
    p.start()
    print('Process will start.')
    lock.release()
    p.join()
    print('Process end.')
