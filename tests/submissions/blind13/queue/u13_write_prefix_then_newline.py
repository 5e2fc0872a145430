from multiprocessing import Process, Queue
import sys
import time

def write(q):
    for value in [1, 2, 3, 4]:
        sys.stdout.write('write, %s' % value)   # shown before the put
        sys.stdout.flush()
        q.put(value)
        sys.stdout.write('\n')
        sys.stdout.flush()
        time.sleep(0.05)

def read(q):
    for _ in range(4):
        value = q.get(True)
        print('read, %s' % value)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
