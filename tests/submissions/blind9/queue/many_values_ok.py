# Student: "stress test": the writer writes 3000 numbered values, the reader reads 3000,
# then DONE. Correct.
# FAIR: full marks 12/12, graded in reasonable time.
from multiprocessing import Process, Queue

N = 3000


def write(q):
    for v in range(N):
        print('write, %d' % v)
        q.put(v)


def read(q):
    for _ in range(N):
        print('read, %d' % q.get())


if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
