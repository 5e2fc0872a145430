# Learner: after its loop the writer reports a summary with a typo'd variable (NameError):
# all four values were put and are read, but the writer ends with a traceback (exit 1).
# Fair grade: fail "the writer ends by itself (exit 0)": 11/12.
from multiprocessing import Process, Queue
import time


def write(q):
    total = 0
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        total += value
        time.sleep(0.2)
    print('writer total', totl)


def read(q):
    for _ in range(4):
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
