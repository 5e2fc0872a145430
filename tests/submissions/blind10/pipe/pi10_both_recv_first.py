from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    reply = a.recv()          # waits for the child first: deadlock
    print('send: ping')
    a.send('ping')
    print('recv: %s' % reply)
    p.join()
    print('DONE')
