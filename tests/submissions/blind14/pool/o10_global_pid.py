from multiprocessing import Pool
import os
import time

MY_PID = os.getpid()


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, MY_PID))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % MY_PID)
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
