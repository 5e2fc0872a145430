# Learner: the writer process does its printing and puts in a helper thread and joins it
# ("threads inside processes, to practise both"); reader plain; main joins both, DONE.
# FAIR: 12/12.
import threading
import time
from multiprocessing import Process, Queue


def _produce(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.05)


def write(q):
    t = threading.Thread(target=_produce, args=(q,))
    t.start()
    t.join()


def read(q):
    for _ in range(3):
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
