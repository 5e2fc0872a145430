from multiprocessing import Pool
import os, time

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    return i, i * i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        print('Waiting for all subprocesses done...')
        for i, r in p.imap(long_time_task, range(5)):
            print('Task %s result is: %s' % (i, r))
    print('All subprocesses done.')
