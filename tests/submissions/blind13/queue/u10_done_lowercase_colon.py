from multiprocessing import Process, Queue

def write(q):
    for value in [1, 2, 3, 4]:
        print('write: %s' % value)
        q.put(value)

def read(q):
    for _ in range(4):
        print('read: %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('Done.')
