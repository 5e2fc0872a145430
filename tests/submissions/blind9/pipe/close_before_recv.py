# Student: closes its end right after sending ("I'm done with it"), then tries to receive:
# OSError: handle is closed, in main. The child still receives and replies (into the pipe).
# FAIR: 7/11: child side (2+1+2+1) and child exit 0 (1); main receives (2+1) and DONE (1)
# fail; main's OSError named.
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print(f"recv: {msg}")
    print("send: pong")
    conn.send("pong")


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send("ping")
    a.close()
    reply = a.recv()
    print(f"recv: {reply}")
    p.join()
    print("DONE")
