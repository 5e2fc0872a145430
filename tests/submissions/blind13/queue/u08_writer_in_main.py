from multiprocessing import Process, Queue

def read(q):
    for _ in range(4):
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    pr = Process(target=read, args=(q,))
    pr.start()
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
    pr.join()
    print('DONE')
