# Learner: "to go faster" starts two reader processes, each taking 2 values.
# Fair grade: fail "the reader is a process of its own" (exactly one reader, 2 points):
# about 10/12 (each reader still reads its values in order).
from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.3)


def read(q):
    for _ in range(2):
        value = q.get()
        print('read, %s' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    readers = [Process(target=read, args=(q,)) for _ in range(2)]
    pw.start()
    for r in readers:
        r.start()
    pw.join()
    for r in readers:
        r.join()
    print('DONE')
