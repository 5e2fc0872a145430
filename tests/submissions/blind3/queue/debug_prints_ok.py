# Learner: multi-argument prints with sep/flush, and extra debug lines on stdout
# ("writer finished", "reader got 4 values", "joining...").
# Fair grade: full marks (the queue assignment has no only-these-lines check).
from multiprocessing import Process, Queue
import time


def write(q):
    for value in range(1, 5):
        print('write,', value, sep=' ', flush=True)
        q.put(value)
        time.sleep(0.2)
    print('writer finished')


def read(q):
    n = 0
    while n < 4:
        value = q.get(True)
        print('read,', value, flush=True)
        n += 1
    print('reader got', n, 'values')


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    print('joining...')
    pw.join()
    pr.join()
    print('DONE')
