# LEARNER: uses Pipe(duplex=False) but mixes up the ends: `a, b = Pipe(duplex=False)` gives
# (receive-only, send-only); main calls a.send("ping") -> OSError "connection is read-only"
# right after printing "send: ping", and the child, given b, calls b.recv() -> OSError
# "connection is write-only". Both crash at once; nothing is exchanged, no DONE.
# FAIR GRADE: ~3/12 -- only "the child runs in a process of its own" (2) and "the child is made
# by main" (1); every exchange check, DONE, child exit 0 and the format fail.
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe(duplex=False)
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send("ping")
    print("recv:", a.recv())
    p.join()
    print("DONE")
