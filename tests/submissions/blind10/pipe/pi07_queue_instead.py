from multiprocessing import Process, Queue

def child(inq, outq):
    msg = inq.get()
    print('recv: %s' % msg)
    print('send: pong')
    outq.put('pong')

if __name__ == '__main__':
    inq, outq = Queue(), Queue()
    p = Process(target=child, args=(inq, outq))
    p.start()
    print('send: ping')
    inq.put('ping')
    print('recv: %s' % outq.get())
    p.join()
    print('DONE')
