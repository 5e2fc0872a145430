from multiprocessing import Pool
import os
import time


class Jobs(object):
    def __init__(self, delay):
        self.delay = delay

    def task(self, name):
        print('Run task %s (pid:%s)...' % (name, os.getpid()))
        time.sleep(self.delay)
        print('Task %s result is: %s' % (name, name * name))

    def run_all(self, n):
        pool = Pool(4)
        for i in range(n):
            pool.apply_async(self.task, (i,))
        print('Waiting for all subprocesses done...')
        pool.close()
        pool.join()


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    Jobs(0.5).run_all(5)
    print('All subprocesses done.')
