# correct-variant: writer puts a None sentinel after 1..4; reader loops until it gets None; f-strings
import time
from multiprocessing import Process, Queue


def write(q):
    for n in range(1, 5):
        print(f"write, {n}")
        q.put(n)
        time.sleep(0.1)
    q.put(None)


def read(q):
    while True:
        n = q.get()
        if n is None:
            break
        print(f"read, {n}")


if __name__ == "__main__":
    q = Queue()
    writer = Process(target=write, args=(q,))
    reader = Process(target=read, args=(q,))
    writer.start()
    reader.start()
    writer.join()
    reader.join()
    print("DONE")
