# Student: Python 2, sends integers (42 and 43 = 42 + 1), "send: 42" / "recv: 42" lines.
# FAIR: full marks 11/11.
from multiprocessing import Process, Pipe

def child(conn):
    n = conn.recv()
    print "recv: %d" % n
    print "send: %d" % (n + 1)
    conn.send(n + 1)

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print "send: %d" % 42
    a.send(42)
    r = a.recv()
    print "recv: %d" % r
    p.join()
    print "DONE"
