# correct: the values written repeat (x, x, y, y); a sentinel ends the reader (from a blind evaluation)
from multiprocessing import Process, Queue
import time


def write(q):
    for value in ['x', 'x', 'y', 'y']:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.03)
    q.put('STOP')


def read(q):
    for value in iter(q.get, 'STOP'):
        print('read, %s' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
