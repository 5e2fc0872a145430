from multiprocessing import Pool
import os, time

def init():
    print('worker %s ready' % os.getpid())

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))
    return i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4, initializer=init) as p:
        print('Waiting for all subprocesses done...')
        for _ in p.imap_unordered(long_time_task, range(5)):
            pass
    print('All subprocesses done.')
