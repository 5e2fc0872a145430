# Student: the writer prints its four write lines and puts the whole list in ONE put; the
# reader gets the list and prints a read line per value.
# FAIR: full marks 11/11 (every value goes through the queue, in order, read after the put)
# - a strict teacher might object to one put, but the checks as written hold.
from multiprocessing import Process, Queue


def write(q):
    values = [1, 2, 3, 4]
    for v in values:
        print(f"write, {v}")
    q.put(values)


def read(q):
    for v in q.get():
        print(f"read, {v}")


if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    r.start()
    w.start()
    w.join()
    r.join()
    print("DONE")
