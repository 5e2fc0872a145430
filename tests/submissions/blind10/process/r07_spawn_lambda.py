import multiprocessing as mp
import os

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('Parent process %d.' % os.getpid())
    p = mp.Process(target=lambda name: print('Run child process %s (%d)...' % (name, os.getpid())), args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
