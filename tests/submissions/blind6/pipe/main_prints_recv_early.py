# Learner (WRONG): main prints what it expects to receive BEFORE calling recv
# ("recv: pong" then conn.recv()), with a "[main] waiting for the reply" debug line.
# The child side is right.
# FAIR GRADE: 11/12 (fails "main prints what it received after the child sent it").
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
    print("[main] waiting for the reply")
    print("recv: pong")
    a.recv()
    p.join()
    print("DONE")
