from multiprocessing import Process, Queue

def write(q):
    for value in ['1', '2', '3', '4']:
        print('write, %s' % value)
        q.put(value)
    q.put(None)          # sentinel

def read(q):
    while True:
        value = q.get()
        if value is None:
            break
        print('read, %s' % value)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
