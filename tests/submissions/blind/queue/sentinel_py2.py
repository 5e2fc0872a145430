# Learner: Python 2 style; writer puts None as a sentinel, reader stops at it.
# Expected: full marks.
from __future__ import print_function
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3, 4, 5]:
        print('write, %d' % value)
        q.put(value)
    q.put(None)


def read(q):
    while True:
        value = q.get()
        if value is None:
            break
        print('read, %d' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pr.start()
    pw.start()
    pw.join()
    pr.join()
    print('DONE')
