import multiprocessing as mp

class Writer(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        for v in range(1, 5):
            print('write, {}'.format(v))
            self.q.put(v)
        self.q.join()

class Reader(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        for _ in range(4):
            v = self.q.get()
            print('read, {}'.format(v))
            self.q.task_done()

if __name__ == '__main__':
    q = mp.JoinableQueue()
    procs = [Writer(q), Reader(q)]
    for p in procs: p.start()
    for p in procs: p.join()
    print('DONE')
