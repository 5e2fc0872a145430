# Learner: the reader spins `while q.empty(): pass` before each get() (from a W3Schools-ish
# example); burns CPU but is correct: get() only runs when an item is there.
# Fair grade: full marks. (Timing-dependent: graded 4 times.)
import time
from multiprocessing import Process, Queue

def writer(q):
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)
        time.sleep(0.2)

def reader(q):
    n = 0
    while n < 4:
        while q.empty():
            pass
        v = q.get()
        print('read, %d' % v)
        n += 1

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
