from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('[child] recv: %s' % msg)
    print('[child] send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('[main] send: ping')
    a.send('ping')
    print('[main] recv: %s' % a.recv())
    p.join()
    print('[main] DONE')
