# Probe: main has an idle extra thread (sleeps 1 s) while the MAIN thread does send/recv.
# FAIR 12/12.
import threading, time
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")


if __name__ == "__main__":
    t = threading.Thread(target=time.sleep, args=(1,))
    t.start()
    mine, theirs = Pipe()
    p = Process(target=child, args=(theirs,))
    p.start()
    print("send: ping")
    mine.send("ping")
    print("recv: " + mine.recv())
    p.join()
    t.join()
    print("DONE")
