from concurrent.futures import ProcessPoolExecutor, as_completed
import os, time

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (i, i * i))
    return i

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with ProcessPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(long_time_task, i) for i in range(5)]
        print('Waiting for all subprocesses done...')
        for f in as_completed(futures):
            f.result()
        print('All subprocesses done.')
