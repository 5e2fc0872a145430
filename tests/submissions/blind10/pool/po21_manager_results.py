from multiprocessing import Pool, Manager
import os, time

def long_time_task(name, results):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    results.append(name * name)
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    manager = Manager()
    results = manager.list()
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i, results))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
