from multiprocessing import Pool
import os, time

def long_time_task(name):
    print('Run task {} (pid:{})...'.format(name, os.getpid()))
    time.sleep(0.3)
    print('Task {} result is: {}'.format(name, name * name))

if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    p = Pool(4)
    for i in range(6):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
