import multiprocessing
import os


class Producer(multiprocessing.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        print("Process to write: %d" % os.getpid())
        for n in range(1, 5):
            print("[writer] write, %d" % n)
            self.q.put(n)
        self.q.put("STOP")


class Consumer(multiprocessing.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        print("Process to read: %d" % os.getpid())
        for item in iter(self.q.get, "STOP"):
            print("[reader] read, %s" % item)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [Producer(q), Consumer(q)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("DONE")
