from multiprocessing import Pool
import os, time

def square(i):
    print('Run task %d (pid:%d)...' % (i, os.getpid()))
    time.sleep(0.3)
    return i, i * i

if __name__ == '__main__':
    print('Parent process %d.' % os.getpid())
    p = Pool(processes=4)
    print('Waiting for all subprocesses done...')
    for i, r in p.imap_unordered(square, range(5)):
        print('Task %d result is: %d' % (i, r))
    p.close()
    p.join()
    print('All subprocesses done.')
