from multiprocessing import Process, Manager
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
    with Manager() as m:
        q = m.Queue()
        pw = Process(target=write, args=(q,))
        pr = Process(target=read, args=(q,))
        pw.start()
        pr.start()
        pw.join()
        pr.join()
    print('DONE')
