# Learner: prints received values with !r: `recv: 'ping'`, `recv: 'pong'`; send lines plain.
# Behaviour right.
# Fair grade: format only (~1): ~11/12.
from multiprocessing import Pipe, Process

def child(conn):
    msg = conn.recv()
    print(f"recv: {msg!r}")
    print("send: pong")
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send("ping")
    print(f"recv: {a.recv()!r}")
    p.join()
    print("DONE")
