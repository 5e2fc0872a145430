from multiprocessing import Process, Queue
import time

def write(q):
    for value in ['A', 'B', 'A', 'C']:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)

def read(q):
    for _ in range(4):
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
