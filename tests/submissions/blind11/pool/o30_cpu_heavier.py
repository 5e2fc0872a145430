from multiprocessing import Pool
import os

def count_primes(n):
    count = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return count

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    c = count_primes(700000 + i)          # real work instead of sleep (heavier)
    print('Task %s result is: %s' % (i, i * i))
    return c

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
