# LEARNER: prints main's "recv: pong" line in the wrong process: the child prints both
# "send: pong" and "recv: pong" right after sending; main receives silently.
# FAIR GRADE: 9/12 -- fail "main receives what the child sent" (2: main never prints its receive
# line) and its dependent (1). The child's own receive of "ping" is right.
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv: %s" % msg)
    print("send: pong")
    conn.send("pong")
    print("recv: pong")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    parent_conn.recv()
    p.join()
    print("DONE")
