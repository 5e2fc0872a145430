# FAIR GRADE: 12/12 -- Python 2, Pipe carrying floats that are whole numbers (7.0 out, 8.0 back), printed with %d; main joins, DONE.
from multiprocessing import Process, Pipe

def child(conn):
    x = conn.recv()
    print 'recv: %d' % x
    y = x + 1.0
    print 'send: %d' % y
    conn.send(y)

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print 'send: %d' % 7
    a.send(7.0)
    print 'recv: %d' % a.recv()
    p.join()
    print 'DONE'
