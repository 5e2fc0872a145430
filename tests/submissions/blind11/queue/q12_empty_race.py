from multiprocessing import Process, Queue
import time

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)

def read(q):
    time.sleep(0.5)                # wait until the writer is done
    while not q.empty():
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
