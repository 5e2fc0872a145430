# LEARNER: runs the writer to completion (start + join) and only then starts the reader. The
# values still go through the queue (3 small items, no pipe-full deadlock).
# FAIR GRADE: 12/12 (full; not concurrent, but every value goes through the queue, read after
# it was put). A teacher might dock 1 for "not concurrent" -- the assignment does not ask it.
from multiprocessing import Process, Queue

def write(q):
    for v in range(1, 4):
        print(f"write, {v}")
        q.put(v)

def read(q):
    for _ in range(3):
        print(f"read, {q.get()}")

if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    w.start()
    w.join()
    r = Process(target=read, args=(q,))
    r.start()
    r.join()
    print("DONE")
