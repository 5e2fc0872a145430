from concurrent.futures import ProcessPoolExecutor
import os, time

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    ex = ProcessPoolExecutor(max_workers=4)
    futs = [ex.submit(long_time_task, i) for i in range(5)]
    print('Waiting for all subprocesses done...')
    ex.shutdown(wait=True)
    print('All subprocesses done.')
