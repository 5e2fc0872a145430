# LEARNER: the writer prints all its lines in ONE print call ("write, 1\nwrite, 2\nwrite, 3")
# before putting the values; the reader prints each value after get. Joins, DONE.
# FAIR GRADE: 12/12 (full; every write line comes before the first put).
from multiprocessing import Process, Queue

def write(q):
    values = [1, 2, 3]
    print("\n".join("write, %d" % v for v in values))
    for v in values:
        q.put(v)

def read(q):
    for _ in range(3):
        print("read, %d" % q.get())

if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
