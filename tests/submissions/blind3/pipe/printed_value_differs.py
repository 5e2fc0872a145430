# Learner: the child prints `send: pong` (copied line) but actually sends the message
# reversed ("gnip"), so main prints `recv: gnip`, a value the child never announced.
# Fair grade: fail "main receives what the child sent" (2) and the check needing it (1):
# 9/12.
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    reply = 'pong'
    print('send: %s' % reply)
    conn.send(msg[::-1])


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send('ping')
    print('recv: %s' % parent_conn.recv())
    p.join()
    print('DONE')
