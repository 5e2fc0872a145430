# Learner (WRONG): uses threading.Thread for the "child" with a multiprocessing Pipe
# ("a thread is a lightweight process"). Everything is in one process.
# FAIR: low: no child process (2), made by main (1), both fifo checks need a child role
# (2+2), the before checks (1+1), DONE-after-child (1) and exit (1) fail; only the format
# point may stay: ~1/12.
import threading
from multiprocessing import Pipe


def child(conn):
    msg = conn.recv()
    print("recv: %s" % msg)
    print("send: pong")
    conn.send("pong")


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    t = threading.Thread(target=child, args=(child_conn,))
    t.start()
    print("send: ping")
    parent_conn.send("ping")
    print("recv: %s" % parent_conn.recv())
    t.join()
    print("DONE")
