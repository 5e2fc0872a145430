# Learner: sentinel -1; the reader prints every value it takes BEFORE testing for the
# sentinel, so it also prints `read, -1`, a value no `write` line announced.
# Fair grade: fail the fifo check (a value read that was never written) and the check that
# needs it: about 9/12.
from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.2)
    q.put(-1)


def read(q):
    while True:
        value = q.get()
        print('read, %s' % value)
        if value == -1:
            break


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
