from multiprocessing import Process, Pipe

def child(conn):
    print('send: ping')
    conn.send('ping')
    print('recv: %s' % conn.recv())

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    msg = a.recv()
    print('recv: %s' % msg)
    print('send: pong')
    a.send('pong')
    p.join()
    print('DONE')
