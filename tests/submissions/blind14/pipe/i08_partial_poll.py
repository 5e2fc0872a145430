import functools
from multiprocessing import Process, Pipe


def child(conn, reply):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: %s' % reply)
    conn.send(reply)


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=functools.partial(child, reply='pong'), args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    if a.poll(5):
        print('recv: %s' % a.recv())
    else:
        print('no answer')
    p.join()
    print('DONE')
