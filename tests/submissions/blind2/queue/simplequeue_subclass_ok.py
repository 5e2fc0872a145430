# Learner: SimpleQueue, Process subclasses, reader stops after a count; .format.
# Fair grade: every check passes (full marks).
import multiprocessing as mp


class Writer(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        for v in 'xyz':
            print('write, {}'.format(v))
            self.q.put(v)


class Reader(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q, self.n = q, n

    def run(self):
        for _ in range(self.n):
            print('read, {}'.format(self.q.get()))


if __name__ == '__main__':
    q = mp.SimpleQueue()
    procs = [Writer(q), Reader(q, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('DONE')
