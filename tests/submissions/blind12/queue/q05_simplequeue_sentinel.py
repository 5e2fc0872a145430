import multiprocessing as mp

def producer(q):
    for n in range(1, 5):
        print("write, %d" % n)
        q.put(n)
    q.put(None)

def consumer(q):
    while True:
        n = q.get()
        if n is None:
            break
        print("read, %d" % n)

if __name__ == "__main__":
    q = mp.SimpleQueue()
    a = mp.Process(target=producer, args=(q,))
    b = mp.Process(target=consumer, args=(q,))
    a.start(); b.start()
    a.join(); b.join()
    print("DONE")
