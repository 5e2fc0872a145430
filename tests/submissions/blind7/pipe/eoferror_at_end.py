# Learner: right exchange and DONE, then "cleans up" with a loop that drains the pipe:
# `while True: parent_conn.recv()` expecting it to stop, but after the child ended and
# closed, recv raises EOFError (uncaught) -> traceback after DONE, exit 1.
# Wait: the parent still holds child_conn open, so recv would block forever... the learner
# closed child_conn in the parent after start(), so EOFError it is.
# FAIR: 11/12 (format only, per documented policy for a main ending in an exception).
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print(f"recv: {msg}")
    print("send: pong")
    conn.send("pong")
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    child_conn.close()
    print("send: ping")
    parent_conn.send("ping")
    print(f"recv: {parent_conn.recv()}")
    p.join()
    print("DONE")
    while True:
        parent_conn.recv()
