from multiprocessing import Process, Pipe


def child_side(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    reply = 'pong'
    print('send: %s' % reply)
    conn.send(reply)
    conn.close()


def parent_side(conn, proc):
    print('send: ping')
    conn.send('ping')
    answer = conn.recv()
    print('recv: %s' % answer)
    proc.join()
    print('DONE')


def main():
    parent_conn, child_conn = Pipe()
    p = Process(target=child_side, args=(child_conn,))
    p.start()
    parent_side(parent_conn, p)


if __name__ == '__main__':
    main()
