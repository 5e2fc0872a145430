# wrong: reader collects the four values into a list and pops from the end (stack), printing newest-first
import time
from multiprocessing import Process, Queue


def write(q):
    for n in range(1, 5):
        print('write, %d' % n)
        q.put(n)
        time.sleep(0.1)


def read(q):
    items = []
    for _ in range(4):
        items.append(q.get())
    while items:
        print('read, %d' % items.pop())


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
