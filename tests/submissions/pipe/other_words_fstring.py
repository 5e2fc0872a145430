# wrong (order): different wording ("sent ping", "Received: ping"), f-strings, parent/child naming of the ends; each side prints "sent" only after sending, so the other side may print what it received first: both order checks fail in every run
from multiprocessing import Process, Pipe


def worker(conn):
    msg = conn.recv()
    print(f"Received: {msg}")
    conn.send("pong")
    print("sent pong")


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=worker, args=(child_conn,))
    p.start()
    parent_conn.send("ping")
    print("sent ping")
    reply = parent_conn.recv()
    print(f"Received: {reply}")
    p.join()
    print("DONE")
