# Learner: Python 2 style (print statements), Pipe(), a child that recv()s "ping" and sends
# "pong", main joins and prints DONE. Runs under Python 2.
# FAIR: 12/12.
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print 'recv: %s' % msg
    print 'send: pong'
    conn.send('pong')
    conn.close()


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print 'send: ping'
    parent_conn.send('ping')
    reply = parent_conn.recv()
    print 'recv: %s' % reply
    p.join()
    print 'DONE'
