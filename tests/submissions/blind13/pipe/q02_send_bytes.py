from multiprocessing import Process, Pipe

def child(conn):
    data = conn.recv_bytes()
    print('recv: %s' % data)
    print('send: pong')
    conn.send_bytes(b'pong')
    conn.close()

if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send_bytes(b'ping')
    print('recv: %s' % parent_conn.recv_bytes())
    p.join()
    print('DONE')
