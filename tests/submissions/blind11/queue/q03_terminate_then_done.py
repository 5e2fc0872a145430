from multiprocessing import Process, Queue
import os, time

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.1)

def read(q):
    while True:
        print('read, %s' % q.get(True))

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    time.sleep(0.2)
    pr.terminate()
    print('DONE')       # forgot pr.join()
