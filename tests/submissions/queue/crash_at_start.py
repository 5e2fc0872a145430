# wrong: typo `Proces` -> NameError in the parent before any process is created
import time
from multiprocessing import Process, Queue


def write(q):
    for n in range(1, 5):
        print('write, %d' % n)
        q.put(n)
        time.sleep(0.1)


def read(q):
    for _ in range(4):
        n = q.get()
        print('read, %d' % n)


if __name__ == '__main__':
    q = Queue()
    pw = Proces(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
