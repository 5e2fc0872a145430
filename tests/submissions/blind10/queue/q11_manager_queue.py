from multiprocessing import Process, Manager

def write(q):
    for value in [1, 2, 3]:
        print('write, %s' % value)
        q.put(value)

def read(q):
    for _ in range(3):
        print('read, %s' % q.get())

if __name__ == '__main__':
    with Manager() as m:
        q = m.Queue()
        pw = Process(target=write, args=(q,))
        pr = Process(target=read, args=(q,))
        pw.start(); pr.start()
        pw.join(); pr.join()
    print('DONE')
