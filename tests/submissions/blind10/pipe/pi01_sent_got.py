from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('child got: %s' % msg)
    print('child sent: pong')
    conn.send('pong')
    conn.close()

if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('main sent: ping')
    parent_conn.send('ping')
    print('main got: %s' % parent_conn.recv())
    p.join()
    print('DONE')
