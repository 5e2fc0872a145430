# Learner: the reader busy-polls with q.get_nowait() and `except queue.Empty: continue`
# until it has 4 values (wasteful, but correct).
# Fair grade: full marks (a remark on the busy loop).
from multiprocessing import Process, Queue
import queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print("write, %d" % value)
        q.put(value)
        time.sleep(0.2)


def read(q):
    count = 0
    while count < 4:
        try:
            value = q.get_nowait()
        except queue.Empty:
            continue
        print("read, %d" % value)
        count += 1


if __name__ == "__main__":
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print("DONE")
