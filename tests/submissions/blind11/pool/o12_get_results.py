from multiprocessing import Pool
import os, time

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    return i * i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    results = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    for i, r in enumerate(results):
        print('Task %s result is: %s' % (i, r.get()))
    p.close()
    p.join()
    print('All subprocesses done.')
