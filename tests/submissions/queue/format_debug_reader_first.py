# correct-variant: .format, reader started before writer, get(timeout=2), extra debug lines
import os
import time
from multiprocessing import Process, Queue


def write(q):
    print("debug writer pid {}".format(os.getpid()))
    for n in range(1, 5):
        print("write, {}".format(n))
        q.put(n)
        time.sleep(0.05)


def read(q):
    for i in range(4):
        n = q.get(timeout=2)
        print("read, {}".format(n))


if __name__ == "__main__":
    q = Queue()
    pr = Process(target=read, args=(q,))
    pw = Process(target=write, args=(q,))
    pr.start()
    pw.start()
    pw.join()
    pr.join()
    print("debug queue empty:", q.empty())
    print("DONE")
