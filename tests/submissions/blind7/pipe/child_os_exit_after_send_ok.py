# Learner: child ends with os._exit(0) right after send ("to be sure it stops"); the
# send is a synchronous write, so nothing is lost. join with timeout=5.
# FAIR: 12/12.
import os
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("recv: %s" % msg)
    print("send: %s" % "pong")
    conn.send("pong")
    os._exit(0)


def main():
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send: %s" % "ping")
    parent_conn.send("ping")
    print("recv: %s" % parent_conn.recv())
    p.join(timeout=5)
    print("DONE")


if __name__ == "__main__":
    main()
