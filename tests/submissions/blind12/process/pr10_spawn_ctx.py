import multiprocessing as mp
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    print('Parent process %s.' % os.getpid())
    p = ctx.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
