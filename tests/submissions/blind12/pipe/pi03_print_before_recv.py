from multiprocessing import Process, Pipe

def child(conn):
    print('recv: ping')          # I know what is coming
    msg = conn.recv()
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
