# Student: the child expects two messages (recv twice) before replying; main sends one and
# waits for the reply: both wait forever.
# FAIR: child side only: child own (2), made by main (1), child receives ping (2), after
# send (1) = 6/11; main receives (2+1), DONE (1), child exit (1) fail; ending timed out,
# mistake deadlock.
import os
from multiprocessing import Process, Pipe


def child(conn):
    first = conn.recv()
    print('recv: %s' % first)
    second = conn.recv()
    print('recv: %s' % second)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('send: ping')
    parent_conn.send('ping')
    print('recv: %s' % parent_conn.recv())
    p.join()
    print('DONE')
