# fair: 11/12 - the child prints "recv: ping" before it calls recv() (hard-coded text): its receive line is not after main's send (-1)
from multiprocessing import Process, Pipe


def child(conn):
    print('recv: ping')
    msg = conn.recv()
    print('send: pong')
    conn.send('pong')
    conn.close()


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
