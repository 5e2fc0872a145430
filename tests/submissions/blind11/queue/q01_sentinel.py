from multiprocessing import Process, Queue
import os

def writer(q):
    for v in range(1, 6):
        print('write, %d' % v)
        q.put(v)
    q.put(None)   # sentinel

def reader(q):
    while True:
        v = q.get()
        if v is None:
            break
        print('read, %d' % v)

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
