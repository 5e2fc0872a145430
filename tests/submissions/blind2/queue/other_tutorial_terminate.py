# Learner: the other widely copied tutorial: "Process to write: N", "Put A to queue...",
# reader loops forever and is terminated after the writer is joined; no DONE line.
# Fair grade: only "DONE comes after the reader ended" FAILS (no DONE); every other check
# passes (the yaml says this program costs that check only).
from multiprocessing import Process, Queue
import os
import random
import time


def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(random.random() * 0.2)


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
    time.sleep(0.5)  # the tutorial does not have this; learner "lets the reader catch up"
    pr.terminate()
