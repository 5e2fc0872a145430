# Learner: joins the READER first, then the writer (order of joins swapped), reader reads
# a fixed count of 4 with the seed's 1-s... here 0.1-s sleeps. Fine either way.
# FAIR: 12/12.
import os, time
from multiprocessing import Process, Queue


def write(q):
    for value in range(1, 5):
        print('write, %d' % value)
        q.put(value)
        time.sleep(0.1)


def read(q):
    for _ in range(4):
        value = q.get(True)
        print('read, %d' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pr.start()
    pw.start()
    pr.join()
    pw.join()
    print('DONE')
