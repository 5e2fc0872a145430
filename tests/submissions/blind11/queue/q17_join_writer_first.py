from multiprocessing import Process, Queue

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)

def read(q):
    for _ in range(4):
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    pw.join()                 # small items: fits in the pipe
    pr = Process(target=read, args=(q,))
    pr.start()
    pr.join()
    print('DONE')
