import multiprocessing as mp
import os, time

def long_time_task(name, delay):
    print('Run task %d (pid:%d)...' % (name, os.getpid()))
    time.sleep(delay)
    print('Task %d result is: %d' % (name, name * name))

def main():
    print('Parent process %d.' % os.getpid())
    ctx = mp.get_context('fork')
    with ctx.Pool(4) as pool:
        print('Waiting for all subprocesses done...')
        pool.starmap(long_time_task, [(i, 0.25) for i in range(5)])
        pool.close()
        pool.join()
    print('All subprocesses done.')

if __name__ == '__main__':
    main()
