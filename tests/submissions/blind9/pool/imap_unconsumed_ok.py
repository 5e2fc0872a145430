# Student: p.imap(foo, range(5)) whose iterator is never read, then close/join. The tasks
# are still submitted by the pool's task handler and run 4 at a time.
# FAIR: full marks 16/16.
import os, time
from multiprocessing import Pool


def foo(x):
    print('Run task {} (pid:{})...'.format(x, os.getpid()))
    time.sleep(2)
    print('Task {} result is: {}'.format(x, x * x))


if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    p = Pool(4)
    it = p.imap(foo, range(5))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
