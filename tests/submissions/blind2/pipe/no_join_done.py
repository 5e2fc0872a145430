# Learner: forgot p.join(): DONE is printed right after the reply, while the child may
# still be running (it does a little cleanup work after sending).
# Fair grade: "DONE comes after the child ended (main joins it)" FAILS; the rest passes.
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')
    conn.close()
    sum(range(2_000_000))  # "cleanup"


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    print('DONE')
