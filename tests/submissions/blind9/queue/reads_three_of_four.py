# Student: off-by-one: the writer writes 1..4, the reader reads only 3 values.
# FAIR: 8/11: lose "every value written is read once" (2) and the dependent after-put
# check (1). The report should name the value that was never read (4).
import time
from multiprocessing import Process, Queue


def writer(q):
    for n in range(1, 5):
        print("write, {}".format(n))
        q.put(n)
        time.sleep(0.3)


def reader(q):
    for i in range(3):
        n = q.get()
        print("read, {}".format(n))


if __name__ == "__main__":
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
