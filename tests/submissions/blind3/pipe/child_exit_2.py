# Learner: the child ends with sys.exit(2) "to signal it is done".
# Fair grade: fail "the child ends by itself (exit 0)": 11/12.
from multiprocessing import Pipe, Process
import sys


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')
    sys.exit(2)


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send('ping')
    print('recv: %s' % parent_conn.recv())
    p.join()
    print('DONE')
