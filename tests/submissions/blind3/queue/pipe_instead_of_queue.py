# Learner: used a one-way Pipe(duplex=False) in place of the Queue: the writer sends 1..4
# then None, the reader receives until None. Main joins both, prints DONE.
# Fair grade: full marks or -1 (a Pipe is not the Queue the exercise names, but it is a
# FIFO channel between two processes and everything else is right).
from multiprocessing import Pipe, Process
import time


def writer(conn):
    for v in range(1, 5):
        print(f"write, {v}")
        conn.send(v)
        time.sleep(0.3)
    conn.send(None)
    conn.close()


def reader(conn):
    while True:
        v = conn.recv()
        if v is None:
            break
        print(f"read, {v}")


if __name__ == "__main__":
    r, w = Pipe(duplex=False)
    pw = Process(target=writer, args=(w,))
    pr = Process(target=reader, args=(r,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print("DONE")
