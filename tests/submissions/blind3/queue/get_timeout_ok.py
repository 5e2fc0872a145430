# Learner: the reader loops on q.get(timeout=3) and stops at queue.Empty (no sentinel, no
# count); values are letters. Main joins both and prints DONE.
# Fair grade: full marks.
from multiprocessing import Process, Queue
import queue
import time


def write(q):
    for value in ['A', 'B', 'C', 'D']:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.5)


def read(q):
    while True:
        try:
            value = q.get(timeout=3)
        except queue.Empty:
            break
        print('read, %s' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
