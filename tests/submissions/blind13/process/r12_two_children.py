from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    ps = [Process(target=run_proc, args=('test',)) for _ in range(2)]
    print('Process will start.')
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Process end.')
