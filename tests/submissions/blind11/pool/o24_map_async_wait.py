from multiprocessing import Pool
import os, time

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    res = p.map_async(long_time_task, range(5))
    print('Waiting for all subprocesses done...')
    res.wait()
    print('All subprocesses done.')
    p.close()
    p.join()
