# wrong: child calls conn.recieve() (typo) -> AttributeError in the child; the parent (which closed b) then dies on recv (ConnectionResetError or EOFError)
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recieve()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    b.close()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
