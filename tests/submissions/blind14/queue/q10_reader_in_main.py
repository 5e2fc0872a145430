from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    for _ in range(4):      # main reads, simpler
        print('read, %s' % q.get())
    pw.join()
    print('DONE')
