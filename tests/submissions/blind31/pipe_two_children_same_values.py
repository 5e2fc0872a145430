from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    procs = []
    conns = []
    for i in range(2):
        a, b = Pipe()
        p = Process(target=child, args=(b,))
        p.start()
        procs.append(p)
        conns.append(a)
    for a in conns:
        print('send: ping')
        a.send('ping')
    for a in conns:
        print('recv: %s' % a.recv())
    for p in procs:
        p.join()
    print('DONE')
