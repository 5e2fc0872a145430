# LEARNER: correct writer/reader with the exact lines, plus a summary line from the reader at the
# end: "reader finished, read 3 values" (and "writer finished" from the writer).
# FAIR GRADE: 12/12 (full; queue has no only-the-assignment's-lines check).
# Risk: the tolerant match of `read, <value>` may take "read 3" as a read of value 3.
from multiprocessing import Process, Queue

def write(q):
    for v in (7, 8, 9):
        print("write, %d" % v)
        q.put(v)
    print("writer finished")

def read(q):
    n = 0
    for _ in range(3):
        print("read, %d" % q.get())
        n += 1
    print("reader finished, read %d values" % n)

if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
