# Learner: the child echoes the same message back ("hello" both ways).
# Expected: full marks (an echo is a reply).
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: %s' % msg)
    conn.send(msg)


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: hello')
    a.send('hello')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
