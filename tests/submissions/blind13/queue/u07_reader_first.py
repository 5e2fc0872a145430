from multiprocessing import Process, Queue
import time

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)

def read(q):
    for _ in range(4):
        print('read, %s' % q.get())

if __name__ == '__main__':
    print('=== queue demo ===')
    q = Queue()
    pr = Process(target=read, args=(q,))
    pw = Process(target=write, args=(q,))
    pr.start()
    pw.start()
    pr.join()
    pw.join()
    print('DONE')
