# Learner: joins the writer, prints DONE, and only then joins the reader (the reader sleeps
# a little before each read), so DONE comes before the reader's lines.
# Fair grade: fail "DONE comes after the reader ended" (1): 11/12.
import time
from multiprocessing import Process, Queue

def writer(q):
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)

def reader(q):
    for _ in range(4):
        time.sleep(0.1)
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join()
    print('DONE')
    r.join()
