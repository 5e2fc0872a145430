from multiprocessing import Process, Queue
import os

def write(q):
    print('Process to write: %s' % os.getpid())
    for i in range(1, 5):
        print('write, %d' % i)
        q.put((os.getpid(), i))

def read(q):
    print('Process to read: %s' % os.getpid())
    for _ in range(4):
        sender, i = q.get()
        print('read, %d (from %d)' % (i, sender))

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
