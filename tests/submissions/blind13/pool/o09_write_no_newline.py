from multiprocessing import Pool
import os
import sys
import time

def long_time_task(name):
    sys.stdout.write('Run task %s (pid:%s)...' % (name, os.getpid()))
    sys.stdout.flush()
    time.sleep(0.3)
    sys.stdout.write('\nTask %s result is: %s\n' % (name, name * name))
    sys.stdout.flush()

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
