from multiprocessing import Pool
import os, time

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.2)
    print('Task %s result is: %s' % (name, name * name))
    return name

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    pending = [p.apply_async(long_time_task, args=(i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    for r in pending:
        r.get()          # wait for every task to finish
    print('All subprocesses done.')
    p.close()
    p.join()
