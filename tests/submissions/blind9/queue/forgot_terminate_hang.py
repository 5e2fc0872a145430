# Student: copied the other tutorial's reader (`while True: get`) but forgot the
# `pr.terminate()`: main joins the reader, which waits forever for a fifth value.
# FAIR: 10/11 on what happened (DONE never printed: lose 1), ending timed out; ideally the
# report names a deadlock (main waits for the reader, the reader for data nobody sends).
import os, time
from multiprocessing import Process, Queue


def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(0.3)


def read(q):
    print('Process to read: %s' % os.getpid())
    while True:
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
