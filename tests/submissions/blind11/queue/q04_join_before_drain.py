from multiprocessing import Process, Queue

def write(q):
    for value in range(1, 5):
        print('write, %s' % value)
        q.put(str(value) * 40000)       # big payload

def read(q):
    for _ in range(4):
        value = q.get()
        print('read, %s' % value[0])

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    pw.join()            # wait for the writer first, then read
    pr = Process(target=read, args=(q,))
    pr.start()
    pr.join()
    print('DONE')
