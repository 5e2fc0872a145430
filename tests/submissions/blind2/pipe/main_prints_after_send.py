# Learner: main prints "send: ping" after a.send(), so the child's "recv: ping" may come
# first (the assignment says print before sending).
# Fair grade: "the child prints what it received after main sent it" FAILS (in every run,
# says the yaml); the rest passes.
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    a.send('ping')
    print('send: ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
