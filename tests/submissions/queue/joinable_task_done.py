# correct: a JoinableQueue; the reader marks each item done and the parent waits for the queue to be emptied before joining
from multiprocessing import Process, JoinableQueue


def writer(q):
    for n in range(1, 5):
        print("write, %d" % n)
        q.put(n)


def reader(q):
    for _ in range(4):
        n = q.get()
        print("read, %d" % n)
        q.task_done()


if __name__ == "__main__":
    q = JoinableQueue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start()
    r.start()
    w.join()
    q.join()
    r.join()
    print("DONE")
