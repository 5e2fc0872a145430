# Learner: main sends "ping" from a background thread ("so sending never blocks me"),
# printing "send: ping" in that thread before sending; the main thread receives the reply,
# joins the sender thread and the child, prints DONE.
# FAIR: 12/12.
import threading
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")


def sender(conn, msg):
    print("send: " + msg)
    conn.send(msg)


if __name__ == "__main__":
    mine, theirs = Pipe()
    p = Process(target=child, args=(theirs,))
    p.start()
    t = threading.Thread(target=sender, args=(mine, "ping"))
    t.start()
    print("recv: " + mine.recv())
    t.join()
    p.join()
    print("DONE")
