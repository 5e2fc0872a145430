from multiprocessing import Process, Pipe
import os

def child(conn):
    m = conn.recv()
    print("child %d received message %s from parent" % (os.getpid(), m))
    print("child %d sending back pong" % os.getpid())
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("parent %d sent ping to the child" % os.getpid())
    a.send("ping")
    r = a.recv()
    print("parent %d got the reply: %s" % (os.getpid(), r))
    p.join()
    print("DONE")
