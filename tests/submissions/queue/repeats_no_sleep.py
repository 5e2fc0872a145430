# correct-variant: values repeat (5, 5, 7, 5), a None sentinel, extra debug prints, no sleeps
from multiprocessing import Process, Queue


def write(q):
    for n in [5, 5, 7, 5]:
        print("write, %d" % n)
        q.put(n)
    q.put(None)


def read(q):
    while True:
        n = q.get()
        if n is None:
            print("reader: got the end marker")
            break
        print("read, %d" % n)


if __name__ == "__main__":
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    r.start()
    w.start()
    w.join()
    r.join()
    print("DONE")
