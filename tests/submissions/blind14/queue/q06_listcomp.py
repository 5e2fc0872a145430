from multiprocessing import Process, Queue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)


def read(q):
    for _ in range(4):
        value = q.get(True)
        print('read, %s' % value)


if __name__ == '__main__':
    q = Queue()
    procs = [Process(target=f, args=(q,)) for f in (write, read)]
    [p.start() for p in procs]
    [p.join() for p in procs]
    print('DONE')
