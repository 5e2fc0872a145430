# Learner: seed writer/reader with a None sentinel, plus tagged progress and summary lines:
# "[writer] starting", "writer done, wrote 3 values", "[reader] waiting for data",
# "reader done, read 3 values", "main: both children joined". Exact write/read lines.
# FAIR GRADE: 12/12.
import os
import time
from multiprocessing import Process, Queue

def write(q):
    print("[writer] starting")
    for v in ["A", "B", "C"]:
        print("write, %s" % v)
        q.put(v)
        time.sleep(0.05)
    q.put(None)
    print("writer done, wrote 3 values")

def read(q):
    print("[reader] waiting for data")
    n = 0
    while True:
        v = q.get()
        if v is None:
            break
        print("read, %s" % v)
        n += 1
    print("reader done, read %d values" % n)

if __name__ == "__main__":
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print("main: both children joined")
    print("DONE")
