from multiprocessing import Process, Pipe

def child(down_r, up_w):
    msg = down_r.recv()
    print('recv: %s' % msg)
    print('send: pong')
    up_w.send('pong')

if __name__ == '__main__':
    down_r, down_w = Pipe(duplex=False)
    up_r, up_w = Pipe(duplex=False)
    p = Process(target=child, args=(down_r, up_w))
    p.start()
    print('send: ping')
    down_w.send('ping')
    print('recv: %s' % up_r.recv())
    p.join()
    print('DONE')
