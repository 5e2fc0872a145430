from multiprocessing import Process, Pipe

def child(conn):
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    print('send: ping')            # printed, but never sent
    p = Process(target=child, args=(b,))
    p.start()
    p.join()
    print('recv: %s' % a.recv())
    print('DONE')
