# Learner: decorates the last line: `=== DONE ===`. Everything else right.
# Fair grade: format only (~1.1): ~11/12. (The DONE pattern is anchored at the line start.)
from multiprocessing import Process, Queue

def writer(q):
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)

def reader(q):
    for _ in range(4):
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('=== DONE ===')
