# Probe: the CHILD receives "ping" in a thread, prints it, and answers from that thread;
# main is plain. FAIR 12/12.
import threading
from multiprocessing import Process, Pipe


def handle(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")


def child(conn):
    t = threading.Thread(target=handle, args=(conn,))
    t.start()
    t.join()


if __name__ == "__main__":
    mine, theirs = Pipe()
    p = Process(target=child, args=(theirs,))
    p.start()
    print("send: ping")
    mine.send("ping")
    print("recv: " + mine.recv())
    p.join()
    print("DONE")
