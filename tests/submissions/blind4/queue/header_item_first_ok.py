# Learner: the writer first puts a header item 'BEGIN' (not printed, "so the reader knows a
# stream starts"), then prints `write, n` and puts n for n = 1..4; the reader checks the
# header, then reads and prints four values. Every read line is printed after its get.
# Fair grade: full marks (12/12). (Schedule-dependent: graded 4 times.)
import time
from multiprocessing import Process, Queue

def writer(q):
    q.put('BEGIN')
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)
        time.sleep(0.1)

def reader(q):
    assert q.get() == 'BEGIN'
    for _ in range(4):
        v = q.get()
        print('read, %d' % v)

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
