from multiprocessing import Process, Queue

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put((value, 'x' * 200000))

def read(q):
    for _ in range(4):
        value, _pad = q.get(True)
        print('read, %s' % value)

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    pw.join()          # wait for the writer first... (never returns: queue not drained)
    pr = Process(target=read, args=(q,))
    pr.start()
    pr.join()
    print('DONE')
