from multiprocessing import Process, Queue
import time

N = 4


def write(q):
    for value in range(1, N):
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)


def read(q):
    for _ in range(N):
        value = q.get(True)
        print('read, %s' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
