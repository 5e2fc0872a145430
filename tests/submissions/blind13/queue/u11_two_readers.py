from multiprocessing import Process, Queue

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)

def read(q):
    for _ in range(2):
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    readers = [Process(target=read, args=(q,)) for _ in range(2)]
    pw.start()
    for r in readers: r.start()
    pw.join()
    for r in readers: r.join()
    print('DONE')
