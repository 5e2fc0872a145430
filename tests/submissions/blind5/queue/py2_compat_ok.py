# LEARNER: Python 2/3 compatible: `try: import Queue as queue except ImportError: import queue`,
# `from __future__ import print_function`, %-formatting, reader stops after a count with
# get(True, 5). main joins both, DONE.
# FAIR GRADE: 12/12 (full).
from __future__ import print_function
try:
    import Queue as queue  # Python 2
except ImportError:
    import queue
from multiprocessing import Process, Queue
import os

def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['x', 'y', 'z']:
        print('write, %s' % value)
        q.put(value)

def read(q):
    print('Process to read: %s' % os.getpid())
    n = 0
    while n < 3:
        try:
            value = q.get(True, 5)
        except queue.Empty:
            break
        print('read, %s' % value)
        n += 1

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
