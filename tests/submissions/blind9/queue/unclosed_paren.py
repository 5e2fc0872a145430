# Student: Python 3, a missing closing parenthesis in the reader's print.
# FAIR: 0/12; the report should show Python 3's "'(' was never closed" at the right line.
from multiprocessing import Process, Queue
import time


def write(q):
    for v in range(1, 5):
        print(f"write, {v}")
        q.put(v)
        time.sleep(0.2)


def read(q):
    for _ in range(4):
        v = q.get()
        print(f"read, {v}"


if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
