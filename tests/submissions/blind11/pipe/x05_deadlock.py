from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()            # waits for the parent
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    reply = a.recv()             # oops: waits for the child first
    print('recv: %s' % reply)
    print('send: ping')
    a.send('ping')
    p.join()
    print('DONE')
