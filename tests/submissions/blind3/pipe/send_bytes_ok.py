# Learner: uses conn.send_bytes / conn.recv_bytes and decodes; prints with f-strings.
# Fair grade: full marks.
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv_bytes().decode()
    print(f"recv: {msg}")
    print("send: pong")
    conn.send_bytes(b"pong")
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send: ping")
    parent_conn.send_bytes(b"ping")
    reply = parent_conn.recv_bytes().decode()
    print(f"recv: {reply}")
    p.join()
    print("DONE")
