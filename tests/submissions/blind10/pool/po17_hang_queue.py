from multiprocessing import Pool, Manager
import os, time

def long_time_task(name, q):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    q.get()            # waits for a "go" that never comes
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    m = Manager()
    q = m.Queue()
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i, q))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
