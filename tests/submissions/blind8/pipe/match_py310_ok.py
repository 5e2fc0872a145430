# LEARNER: Python 3.10 `match` on the message in the child (case "ping": reply "pong"),
# multiprocessing.Pipe() duplex, f-strings.
# TARGET: Python 3.10.
# FAIR: 12/12 (full).
import multiprocessing as mp


def worker(conn):
    msg = conn.recv()
    print(f"recv: {msg}")
    match msg:
        case "ping":
            reply = "pong"
        case _:
            reply = "what"
    print(f"send: {reply}")
    conn.send(reply)
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = mp.Pipe()
    p = mp.Process(target=worker, args=(child_conn,))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    print(f"recv: {parent_conn.recv()}")
    p.join()
    print("DONE")
