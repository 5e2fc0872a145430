# Learner: the writer does two rounds of 1..3, so values repeat (1 2 3 1 2 3); the reader
# reads six values. Correct.
# Fair grade: full marks.
from multiprocessing import Process, Queue

def writer(q):
    for rnd in range(2):
        for v in range(1, 4):
            print('write, %d' % v)
            q.put(v)

def reader(q):
    for _ in range(6):
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
