# Probe: like pipe/reply_via_thread_in_main_ok.py but main sends BEFORE starting the listener
# thread. FAIR 12/12.
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
    print("send: ping")
    mine.send("ping")
    t = threading.Thread(target=listen, args=(mine,))
    t.start()
    t.join()
    p.join()
    print("DONE")
