# LEARNER (WRONG): Process(daemon=True) for the child and never joins it: main prints DONE as
# soon as it has the reply. The child, after sending, sleeps 1 s "to clean up" and prints
# "child finished" -- but main's exit terminates the daemon child (SIGTERM) first.
# TARGET: Python 3.11 (default).
# FAIR: 10/12: fail "DONE comes after the child ended (main joins it)" (1) and "the child
# ends by itself (exit 0)" (1: it is killed by main's exit). Deterministic: the 1 s sleep.
from multiprocessing import Process, Pipe
import time


def child(conn):
    msg = conn.recv()
    print("recv: %s" % msg)
    print("send: pong")
    conn.send("pong")
    time.sleep(1)
    print("child finished")


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,), daemon=True)
    p.start()
    print("send: ping")
    a.send("ping")
    print("recv: %s" % a.recv())
    print("DONE")
