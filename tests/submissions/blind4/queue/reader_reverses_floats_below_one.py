# Learner: the writer puts the floats 0.25, 0.5, 0.75, 0.9 (printing `write, 0.25` ... `write, 0.9`);
# the reader takes all four first and prints them REVERSED (`read, 0.9`, `read, 0.75`, ...).
# Not first-in-first-out order.
# Fair grade: fail the fifo check (2) and its dependent (1): ~9/12 (like a reader that
# reverses integers).
from multiprocessing import Process, Queue

def writer(q):
    for v in [0.25, 0.5, 0.75, 0.9]:
        print('write, %s' % v)
        q.put(v)

def reader(q):
    got = [q.get() for _ in range(4)]
    for v in reversed(got):
        print('read, %s' % v)

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
