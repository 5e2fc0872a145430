from multiprocessing import Pool
import os, time

def long_time_task(i):
    print('Run task {} (pid:{})...'.format(i, os.getpid()))
    time.sleep(0.3)
    print('Task {} result is: {}'.format(i, i * i))
    return i * i

results = []

if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,), callback=results.append)
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
    print(sorted(results))
