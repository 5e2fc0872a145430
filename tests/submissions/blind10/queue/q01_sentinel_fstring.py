from multiprocessing import Process, Queue
import os

def write(q):
    for v in ['A', 'B', 'C']:
        print(f'write, {v}')
        q.put(v)
    q.put(None)

def read(q):
    while True:
        v = q.get()
        if v is None:
            break
        print(f'read, {v}')

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
