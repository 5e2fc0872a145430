from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe(duplex=False)
    p = Process(target=child, args=(a,))
    p.start()
    print('send: ping')
    b.send('ping')
    print('recv: %s' % b.recv())
    p.join()
    print('DONE')
