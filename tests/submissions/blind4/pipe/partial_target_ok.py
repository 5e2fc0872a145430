# Learner: child function bound with functools.partial(child, conn); one ping, one pong.
# Fair grade: full marks (12/12).
from functools import partial
from multiprocessing import Pipe, Process

def child(conn):
    msg = conn.recv()
    print(f"recv: {msg}")
    print("send: pong")
    conn.send("pong")
    conn.close()

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=partial(child, child_conn))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    reply = parent_conn.recv()
    print(f"recv: {reply}")
    p.join()
    print("DONE")
