# LEARNER: capitalised lines with extra punctuation: "SEND -> ping", "RECV -> ping", ...,
# "DONE!". Behaviour perfect.
# FAIR GRADE: 11/12 -- format only (or 12 if "->" for ":" is considered fine).
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print(f"RECV -> {msg}")
    print(f"SEND -> pong")
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print(f"SEND -> ping")
    a.send("ping")
    r = a.recv()
    print(f"RECV -> {r}")
    p.join()
    print("DONE!")
