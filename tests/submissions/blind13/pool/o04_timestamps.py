from multiprocessing import Pool
import os
import time

def ts():
    return time.strftime('%H:%M:%S')

def long_time_task(name):
    print('[%s] Run task %s (pid:%s)...' % (ts(), name, os.getpid()))
    time.sleep(0.3)
    print('[%s] Task %s result is: %s' % (ts(), name, name * name))

if __name__ == '__main__':
    print('[%s] Parent process %s.' % (ts(), os.getpid()))
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('[%s] Waiting for all subprocesses done...' % ts())
    p.close()
    p.join()
    print('[%s] All subprocesses done.' % ts())
