# Learner: writes Greek letters (α β γ δ) instead of numbers.
# Fair grade: full marks.
from multiprocessing import Process, Queue

def writer(q):
    for v in ['α', 'β', 'γ', 'δ']:
        print('write, ' + v)
        q.put(v)

def reader(q):
    for _ in range(4):
        print('read, ' + q.get())

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
