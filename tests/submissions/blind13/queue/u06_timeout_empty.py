from multiprocessing import Process, Queue
import queue

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)

def read(q):
    while True:
        try:
            value = q.get(timeout=1)
        except queue.Empty:
            print('queue empty, reader stops')
            break
        print('read, %s' % value)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
