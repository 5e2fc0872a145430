# Student: gives the child the FIRST end and keeps the second (the reverse of most examples);
# a duplex Pipe is symmetric, so this is correct.
# FAIR: full marks 12/12.
from multiprocessing import Process, Pipe


def child(conn):
    m = conn.recv()
    print('recv: %s' % m)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(a,))
    p.start()
    print('send: ping')
    b.send('ping')
    print('recv: %s' % b.recv())
    p.join()
    print('DONE')
