from multiprocessing import Process, Queue
import os

def run_proc(name, go):
    go.get()                      # wait until the parent says go
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    go = Queue()
    p = Process(target=run_proc, args=('test', go))
    p.start()
    print('Process will start.')
    go.put('go')
    p.join()
    print('Process end.')
