# Student: None sentinel, but the reader tests `if not v: break`: the first value, 0, is
# falsy, so the reader stops at once and reads nothing. Writer writes 0..3.
# FAIR: ~8/12: lose fifo (2) and the dependent order check (1); the report should say
# values 0..3 were written but never read.
from multiprocessing import Process, Queue


def writer(q):
    for v in range(4):
        print('write, %d' % v)
        q.put(v)
    q.put(None)


def reader(q):
    while True:
        v = q.get()
        if not v:
            break
        print('read, %d' % v)


if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
