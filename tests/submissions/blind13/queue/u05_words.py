from multiprocessing import Process, Queue

def write(q):
    for fruit in ['apple', 'banana', 'cherry']:
        print('write, ' + fruit)
        q.put(fruit)

def read(q):
    for _ in range(3):
        print('read, ' + q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
