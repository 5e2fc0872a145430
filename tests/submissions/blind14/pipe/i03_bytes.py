from multiprocessing import Process, Pipe


def child(conn):
    data = conn.recv_bytes()
    print('recv: %s' % data)
    print('send: %s' % b'pong')
    conn.send_bytes(b'pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: %s' % b'ping')
    a.send_bytes(b'ping')
    print('recv: %s' % a.recv_bytes())
    p.join()
    print('DONE')
