from multiprocessing import Process, Pipe, Manager

def child(conn, log):
    msg = conn.recv()
    print('recv: %s' % msg)
    log.append(msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    mgr = Manager()
    log = mgr.list()
    a, b = Pipe()
    p = Process(target=child, args=(b, log))
    p.start()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
