# FAIR GRADE: 11/12 -- forgets to join the reader: DONE is printed right after the writer is joined, so nothing orders it after the reader's end: loses "DONE comes after the reader ended" (1). (multiprocessing's atexit still reaps the reader.)
from multiprocessing import Process, Queue
import os
import time


def write(q):
    print("Process to write: {}".format(os.getpid()))
    for value in range(1, 5):
        print("write, {}".format(value))
        q.put(value)
        time.sleep(0.1)


def read(q):
    print("Process to read: {}".format(os.getpid()))
    for _ in range(4):
        print("read, {}".format(q.get()))


if __name__ == "__main__":
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    print("DONE")
