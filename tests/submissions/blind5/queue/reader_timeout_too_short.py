# LEARNER: the writer sleeps 1 s between puts (to "show" the queue), the reader uses
# q.get(timeout=0.5) and stops at the first queue.Empty -> it reads only the first value.
# FAIR GRADE: 9/12 -- fail the fifo check (2: values 2 and 3 are never read) and its dependent
# after-first-put check (1). Everything else passes (both end with exit 0, DONE after joins).
from multiprocessing import Process, Queue
import queue
import os, time

def write(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(1)

def read(q):
    while True:
        try:
            v = q.get(timeout=0.5)
        except queue.Empty:
            break
        print('read, %s' % v)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
