# Probe: like reply_via_thread_in_main_ok but with two one-way Pipe(duplex=False)
# (os.pipe, not a socketpair); the listener thread in main reads the reply. FAIR 12/12.
import threading
from multiprocessing import Process, Pipe


def child(rx, tx):
    msg = rx.recv()
    print("recv: " + msg)
    print("send: pong")
    tx.send("pong")


def listen(conn):
    print("recv: " + conn.recv())


if __name__ == "__main__":
    down_r, down_w = Pipe(duplex=False)
    up_r, up_w = Pipe(duplex=False)
    p = Process(target=child, args=(down_r, up_w))
    p.start()
    t = threading.Thread(target=listen, args=(up_r,))
    t.start()
    print("send: ping")
    down_w.send("ping")
    t.join()
    p.join()
    print("DONE")
