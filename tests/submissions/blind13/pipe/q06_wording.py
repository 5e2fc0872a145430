from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('Child got: %s' % msg)
    print('Child sending reply: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('Parent sent: ping')
    a.send('ping')
    reply = a.recv()
    print('Parent received reply: %s' % reply)
    p.join()
    print('DONE')
