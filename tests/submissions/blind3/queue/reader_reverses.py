# Learner: the reader collects the four values in a list and prints them with
# `for v in reversed(got)` ("last in, first out" mix-up).
# Fair grade: fail the fifo check (2) and the after-first-put check that needs it (1): 9/12.
from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.2)


def read(q):
    got = []
    for _ in range(4):
        got.append(q.get())
    for v in reversed(got):
        print('read, %s' % v)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
