from multiprocessing import Process, Event
import os

def run_proc(name, go):
    go.wait()
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    go = Event()
    p = Process(target=run_proc, args=('test', go))
    p.start()
    print('Process will start.')
    go.set()
    p.join()
    print('Process end.')
