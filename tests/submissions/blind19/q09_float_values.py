# FAIR GRADE: 12/12 -- Queue carrying floats that are whole numbers (1.0..4.0); reader prints them with %d; writer prints before each put; joins both, DONE.
from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %d' % value)
        q.put(float(value))
        time.sleep(0.1)


def read(q):
    for _ in range(4):
        value = q.get()
        print('read, %d' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
