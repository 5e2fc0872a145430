from multiprocessing import Process, Queue

def write(q):
    for value in ['a', 'b', 'c']:
        print('write, %s' % value)
        q.put(value * 200000)

def read(q):
    for _ in range(3):
        print('read, %s' % q.get()[0])

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pw.join()          # the writer never ends: its queue is not drained
    pr.start()
    pr.join()
    print('DONE')
