# LEARNER: the reader process does its reading in a threading.Thread (q.get + print in the
# thread), joins the thread; the writer is plain. Joins, DONE.
# FAIR GRADE: 12/12 (full).
from multiprocessing import Process, Queue
import threading

def write(q):
    for v in "ABC":
        print("write, %s" % v)
        q.put(v)

def read(q):
    def loop():
        for _ in range(3):
            v = q.get()
            print("read, %s" % v)
    t = threading.Thread(target=loop)
    t.start()
    t.join()

if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
