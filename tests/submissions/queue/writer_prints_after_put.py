# wrong, and caught: the writer prints after its put, so the reader may print "Get A" before the writer prints "Put A"
from multiprocessing import Process, Queue
import os


def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        q.put(value)
        print('Put %s to queue...' % value)


def read(q):
    print('Process to read: %s' % os.getpid())
    for _ in range(3):
        value = q.get(True)
        print('Get %s from queue.' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
