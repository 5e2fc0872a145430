from multiprocessing import Process, Pipe

def child(conn, n):
    msg = conn.recv()
    print('recv: %s' % msg)
    reply = 'pong%d' % n
    print('send: %s' % reply)
    conn.send(reply)

if __name__ == '__main__':
    procs, conns = [], []
    for i in range(2):
        a, b = Pipe()
        p = Process(target=child, args=(b, i))
        p.start()
        procs.append(p)
        conns.append(a)
    for i, a in enumerate(conns):
        msg = 'ping%d' % i
        print('send: %s' % msg)
        a.send(msg)
    for a in conns:
        print('recv: %s' % a.recv())
    for p in procs:
        p.join()
    print('DONE')
