# LEARNER: joins the child first and only then reads the reply (fine for a small message, the
# pipe holds it). Prints "recv: pong" after recv, then DONE.
# FAIR GRADE: 12/12 (full; the receive line still comes after the child's send by the message).
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)
    print("send:", "pong")
    conn.send("pong")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send:", "ping")
    parent_conn.send("ping")
    p.join()
    reply = parent_conn.recv()
    print("recv:", reply)
    print("DONE")
