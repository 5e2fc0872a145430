from multiprocessing import Pool
import os, time

def long_time_task(name):
    print('Run task {} (pid:{})...'.format(name, os.getpid()))
    time.sleep(0.3)
    print('Task {} result is: {}'.format(name, name * name))
    return name * name

if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    pool = Pool(processes=4)
    print('Waiting for all subprocesses done...')
    results = pool.map(long_time_task, range(5))
    pool.close()
    pool.join()
    print('All subprocesses done.')
