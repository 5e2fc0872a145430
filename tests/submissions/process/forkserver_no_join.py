# wrong: forkserver start method (the default from Python 3.14) and no join: `Process end.` may come first; fail the join check
import multiprocessing as mp
import os, time

def run_proc(name):
    time.sleep(0.2)
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    mp.set_start_method('forkserver')
    print('Parent process %s.' % os.getpid())
    p = mp.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    print('Process end.')
