# Learner: the writer is a lambda over a helper (works under Linux's fork); reader stops
# after 4 values; main joins both and prints DONE.
# Fair grade: full marks (12/12).
import time
from multiprocessing import Process, Queue

def write_all(q):
    for v in [1, 2, 3, 4]:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.2)

def read(q):
    for _ in range(4):
        v = q.get()
        print('read, %s' % v)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=lambda: write_all(q))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
