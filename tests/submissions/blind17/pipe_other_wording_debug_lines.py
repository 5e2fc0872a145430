# fair: 12/12 - other accepted verbs (sent/received/got) plus debug remarks that are not messages
import os
from multiprocessing import Process, Pipe


def worker(conn):
    print("[child %d] started" % os.getpid())
    msg = conn.recv()
    print("Child received: %s" % msg)
    print("Child sent: pong")
    conn.send("pong")
    conn.close()
    print("[child] bye")


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=worker, args=(child_conn,))
    p.start()
    print("Parent sent: ping")
    parent_conn.send("ping")
    print("main: waiting to get the reply from child...")
    reply = parent_conn.recv()
    print("Parent got: %s" % reply)
    p.join()
    print("DONE")
