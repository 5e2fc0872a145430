# Learner: the child prints "recv: ping" before calling recv() (hard-coded the value).
# Expected: loses "the child prints what it received after main sent it" in every run.
from multiprocessing import Process, Pipe


def child(conn):
    print('recv: ping')
    conn.recv()
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
