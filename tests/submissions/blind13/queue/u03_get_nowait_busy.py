from multiprocessing import Process, Queue
import queue as Q

def write(q):
    for value in range(1, 5):
        print('write, %d' % value)
        q.put(value)

def read(q):
    got = 0
    while got < 4:
        try:
            value = q.get_nowait()
        except Q.Empty:
            continue
        print('read, %d' % value)
        got += 1

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
