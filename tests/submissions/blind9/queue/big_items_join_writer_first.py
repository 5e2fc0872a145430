# Student: writer puts 4 big items (200 kB each) and main joins the writer BEFORE starting
# the reader (the documented "joining processes that use queues" pitfall): the writer's
# feeder thread blocks on the full pipe, the writer never ends, main never starts the reader.
# FAIR: only the writer side: writer own (1), child of main (1), writes >=3 (1) ~3/11;
# ending timed out, mistake join-blocked.
import os
from multiprocessing import Process, Queue


def write(q):
    for n in range(1, 5):
        print('write, %d' % n)
        q.put((n, 'x' * 200000))


def read(q):
    for _ in range(4):
        n, payload = q.get()
        print('read, %d' % n)


if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    w.join()
    r.start()
    r.join()
    print('DONE')
