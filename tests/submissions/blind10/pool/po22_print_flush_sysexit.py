import multiprocessing, os, sys, time

def long_time_task(name):
    sys.stdout.write('Run task %d (pid:%d)...\n' % (name, os.getpid()))
    time.sleep(0.3)
    sys.stdout.write('Task %d result is: %d\n' % (name, name ** 2))

if __name__ == '__main__':
    print('Parent process %d.' % os.getpid())
    pool = multiprocessing.get_context('spawn').Pool(4)
    for i in range(5):
        pool.apply_async(long_time_task, (i,))
    print('Waiting for all subprocesses done...')
    pool.close()
    pool.join()
    print('All subprocesses done.')
    sys.exit(0)
