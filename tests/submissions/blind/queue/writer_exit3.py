# Learner: writer ends with sys.exit(3) after its puts (after q.close/join_thread, so the
# values are delivered).
# Expected: loses only "the writer ends by itself (exit 0)".
from multiprocessing import Process, Queue
import sys


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
    q.close()
    q.join_thread()
    sys.exit(3)


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
