# Student: main checks `if parent_conn.poll():` with no timeout right after sending: the reply
# is not there yet, so main prints "no reply yet" and goes on: it never receives.
# FAIR: 8/11: lose "main receives what the child sent" (2) and the dependent order check (1).
# (Every run: poll() returns at once, long before the child's reply.)
from multiprocessing import Process, Pipe


def child(conn):
    m = conn.recv()
    print('recv: %s' % m)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send('ping')
    if parent_conn.poll():
        print('recv: %s' % parent_conn.recv())
    else:
        print('no reply yet')
    p.join()
    print('DONE')
