# wrong: main prints the reply it expects, then sends and only then receives; extra debug prints
import os
from multiprocessing import Process, Pipe


def child(conn):
    print("child %d started" % os.getpid())
    data = conn.recv()
    print("received: " + data)
    print("sent: pong")
    conn.send("pong")


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    print("sent: ping")
    print("received: pong")
    parent_end.send("ping")
    reply = parent_end.recv()
    p.join()
    print("DONE")
