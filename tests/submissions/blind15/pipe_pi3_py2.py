#!/usr/bin/env python2
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print "recv: %s" % msg
    print "send: pong"
    conn.send("pong")
    conn.close()

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print "send: ping"
    a.send("ping")
    print "recv: %s" % a.recv()
    p.join()
    print "DONE"
