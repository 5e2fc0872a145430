# Learner: the reader gets the first value and prints it; after that it "knows" the writer
# counts up, so it prints `read, n+1` BEFORE calling get() for it (printing a value it has
# not taken yet). The values happen to be right.
# Fair grade: the read lines 2-4 are not read from the queue before being printed: fail
# "the reader prints what it took only after the writer's first put"? That check only
# looks at the first value (documented), so a fair teacher would dock 1 for the lines
# printed before their get: ~11/12; 12/12 is the documented limit.
import time
from multiprocessing import Process, Queue

def writer(q):
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)
        time.sleep(0.2)

def reader(q):
    v = q.get()
    print('read, %d' % v)
    for _ in range(3):
        print('read, %d' % (v + 1))
        v = q.get()

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
