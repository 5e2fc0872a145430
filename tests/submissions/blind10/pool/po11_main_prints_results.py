from multiprocessing import Pool
import os, time

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    return name * name

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    res = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    for i, r in enumerate(res):
        print('Task %s result is: %s' % (i, r.get()))
    print('All subprocesses done.')
