# Learner: main starts a listener THREAD that waits for the child's reply and prints it,
# while the main thread sends "ping"; main joins the listener thread, then the child, then
# prints DONE. Mixing threads with processes, all orders right.
# FAIR: 12/12.
import threading
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")


def listen(conn):
    print("recv: " + conn.recv())


if __name__ == "__main__":
    mine, theirs = Pipe()
    p = Process(target=child, args=(theirs,))
    p.start()
    t = threading.Thread(target=listen, args=(mine,))
    t.start()
    print("send: ping")
    mine.send("ping")
    t.join()
    p.join()
    print("DONE")
