# Honest Pool(4): each task reports to main through a Queue that it starts, then works.
from multiprocessing import Pool, SimpleQueue
import os, time

progress = SimpleQueue()

def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    progress.put(name)          # tell main the task started
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    while not progress.empty():
        progress.get()
    print('All subprocesses done.')
