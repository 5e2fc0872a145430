# Learner: reader is a daemon with an endless `while True: q.get()` loop; main joins the
# writer only, sleeps 1 s "so the reader can finish" and prints DONE (the daemon reader is
# killed when main exits).
# Fair grade: fail "DONE comes after the reader ended (the parent joins it)": 11/12.
from multiprocessing import Process, Queue
import time


def write(q):
    for v in [1, 2, 3, 4]:
        print('write, {}'.format(v))
        q.put(v)
        time.sleep(0.3)


def read(q):
    while True:
        v = q.get()
        print('read, {}'.format(v))


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,), daemon=True)
    pw.start()
    pr.start()
    pw.join()
    time.sleep(1)
    print('DONE')
