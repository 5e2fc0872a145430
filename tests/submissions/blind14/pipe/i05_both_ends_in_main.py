from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    print('send: ping')
    parent_conn.send('ping')
    # read the answer on the other end
    print('recv: %s' % child_conn.recv())
    p = Process(target=child, args=(child_conn,))
    p.start()
    p.join()
    print('DONE')
