# LEARNER: the other tutorial's wording (Process to write: N / Put A to queue... / Process to
# read: N / Get A from queue.), Process subclasses, spawn start method; the reader stops at a
# None sentinel; main joins both and prints DONE.
# FAIR GRADE: 12/12 (full).
import multiprocessing as mp
import os, time

class Writer(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        print('Process to write: %s' % os.getpid())
        for value in ['A', 'B', 'C']:
            print('Put %s to queue...' % value)
            self.q.put(value)
            time.sleep(0.1)
        self.q.put(None)

class Reader(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        print('Process to read: %s' % os.getpid())
        while True:
            value = self.q.get()
            if value is None:
                break
            print('Get %s from queue.' % value)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    w, r = Writer(q), Reader(q)
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
