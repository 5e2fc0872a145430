from multiprocessing import Process, Queue
import sys
import time

def write(q):
    time.sleep(0.3)
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)

def read(q):
    for expected in [1, 2, 3, 4]:
        sys.stdout.write('read, %s' % expected)    # printed before taking it
        sys.stdout.flush()
        q.get(True)
        sys.stdout.write('\n')
        sys.stdout.flush()

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
