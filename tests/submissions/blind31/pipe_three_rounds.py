from multiprocessing import Process, Pipe

ROUNDS = 3

def child(conn):
    for _ in range(ROUNDS):
        msg = conn.recv()
        print('recv: %s' % msg)
        print('send: pong')
        conn.send('pong')
    conn.close()

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    for _ in range(ROUNDS):
        print('send: ping')
        a.send('ping')
        print('recv: %s' % a.recv())
    p.join()
    print('DONE')
