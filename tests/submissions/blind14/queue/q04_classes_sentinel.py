from multiprocessing import Process, Queue
import time

STOP = None


class Writer(Process):
    def __init__(self, q, values):
        Process.__init__(self)
        self.q = q
        self.values = values

    def run(self):
        for v in self.values:
            print('write, %s' % v)
            self.q.put(v)
            time.sleep(0.05)
        self.q.put(STOP)


class Reader(Process):
    def __init__(self, q):
        Process.__init__(self)
        self.q = q

    def run(self):
        while True:
            v = self.q.get()
            if v is STOP:
                break
            print('read, %s' % v)


if __name__ == '__main__':
    q = Queue()
    w = Writer(q, [1, 2, 3, 4])
    r = Reader(q)
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
