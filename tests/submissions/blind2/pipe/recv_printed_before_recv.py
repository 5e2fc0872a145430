# Learner: the child prints "recv: ping" (hard-coded) before calling recv().
# Fair grade: "the child prints what it received after main sent it" FAILS; the fifo
# value check passes (the text is right); the rest passes.
from multiprocessing import Pipe, Process


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
