from multiprocessing import Process, Queue
import time

DATA = 'numbers.txt'


def write(q, path):
    with open(path) as f:
        for line in f:
            value = line.strip()
            if not value:
                continue
            print('write, %s' % value)
            q.put(value)
            time.sleep(0.05)
    q.put('END')


def read(q):
    while True:
        value = q.get()
        if value == 'END':
            break
        print('read, %s' % value)


if __name__ == '__main__':
    with open(DATA, 'w') as f:
        f.write('10\n20\n30\n40\n')
    q = Queue()
    pw = Process(target=write, args=(q, DATA))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
