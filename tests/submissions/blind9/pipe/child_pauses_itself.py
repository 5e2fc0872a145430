# Student: left a "pause here so I can inspect it" in the child after it replies:
# os.kill(os.getpid(), SIGSTOP). Nobody sends SIGCONT: run normally, main's p.join() never
# returns and DONE is never printed; the program hangs.
# FAIR: the exchange itself is right (child side 6, main side 3) but the child never ends and
# DONE never comes: ~9/12, ending timed out.
import os
import signal
from multiprocessing import Process, Pipe


def child(conn):
    m = conn.recv()
    print('recv: %s' % m)
    print('send: pong')
    conn.send('pong')
    os.kill(os.getpid(), signal.SIGSTOP)   # debug pause


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send('ping')
    print('recv: %s' % parent_conn.recv())
    p.join()
    print('DONE')
