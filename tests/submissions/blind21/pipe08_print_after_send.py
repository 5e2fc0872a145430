from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    conn.send('pong')
    print('send: pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    a.send('ping')
    print('send: ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
