import multiprocessing
import os

def run_proc(name):
    print('Run child process {} ({})...'.format(name, os.getpid()))

if __name__ == '__main__':
    ctx = multiprocessing.get_context('spawn')
    print('Parent process {}.'.format(os.getpid()))
    p = ctx.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
