# Learner (WRONG): the reader prints the value it expects before taking it:
# `for i in range(1, 4): print("read, %d" % i); q.get()`, with a "[reader] started" line.
# The writer writes 1, 2, 3 correctly; joins, DONE.
# FAIR GRADE: 11/12 (fails "the reader prints what it took only after the writer's first put";
# the values still agree with the writes, so fifo passes).
import time
from multiprocessing import Process, Queue

def writer(q):
    time.sleep(0.3)
    for i in range(1, 4):
        print("write, %d" % i)
        q.put(i)

def reader(q):
    print("[reader] started")
    for i in range(1, 4):
        print("read, %d" % i)
        q.get()

if __name__ == "__main__":
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
