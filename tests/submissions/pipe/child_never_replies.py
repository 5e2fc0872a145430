# wrong: child receives but never sends "pong"; the parent polls 0.3 s, prints "no reply" and goes on
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    if a.poll(0.3):
        print('recv: %s' % a.recv())
    else:
        print('no reply')
    p.join()
    print('DONE')
