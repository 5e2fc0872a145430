# Learner: the seed shape, f-strings, prints pids too ("Process to write: N").
# Expected: full marks.
from multiprocessing import Process, Queue
import os
import time


def write(q):
    print(f'Process to write: {os.getpid()}')
    for value in range(1, 5):
        print(f'write, {value}')
        q.put(value)
        time.sleep(0.1)


def read(q):
    print(f'Process to read: {os.getpid()}')
    for _ in range(4):
        value = q.get()
        print(f'read, {value}')


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
