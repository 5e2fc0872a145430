from multiprocessing import Process, Queue

def child(inq, outq):
    msg = inq.get()
    print('recv: %s' % msg)
    print('send: pong')
    outq.put('pong')

if __name__ == '__main__':
    to_child, to_parent = Queue(), Queue()
    p = Process(target=child, args=(to_child, to_parent))
    p.start()
    print('send: ping')
    to_child.put('ping')
    print('recv: %s' % to_parent.get())
    p.join()
    print('DONE')
