# Learner: reader loops `while not q.empty()`; if it starts before the writer has put
# anything (very likely: the writer sleeps first), it reads nothing and ends.
# Expected: loses "every value written is read once" (fifo) in (almost) every run; the
# program's output differs between runs but the bug is the program's.
from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        time.sleep(0.1)
        print('write, %s' % value)
        q.put(value)


def read(q):
    while not q.empty():
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
