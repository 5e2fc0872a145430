# The tutorial's Queue example, as a reference solution: a writer puts 1..4, a reader gets
# four values, the parent starts both and joins both.
from multiprocessing import Process, Queue
import os
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)


def read(q):
    for _ in range(4):
        value = q.get(True)
        print('read, %s' % value)


if __name__ == '__main__':
    import multiprocessing; multiprocessing.set_start_method('forkserver')
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
