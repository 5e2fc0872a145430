# correct-variant: wording "write: n" / "read: n", flush=True, reader counts with a while loop
import time
import multiprocessing as mp


def writer(q):
    for n in range(1, 5):
        print("write: %d" % n, flush=True)
        q.put(n)
        time.sleep(0.1)


def reader(q):
    count = 0
    while count < 4:
        n = q.get()
        print("read: %d" % n, flush=True)
        count += 1


if __name__ == "__main__":
    q = mp.Queue()
    procs = [mp.Process(target=writer, args=(q,)), mp.Process(target=reader, args=(q,))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("DONE")
