# LEARNER: correct exchange with the exact lines, plus a debug line in the child before recv():
# "[child] waiting to get a message".
# FAIR GRADE: 12/12 (full; a debug line).
from multiprocessing import Process, Pipe

def child(conn):
    print("[child] waiting to get a message")
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
    print("recv:", parent_conn.recv())
    p.join()
    print("DONE")
