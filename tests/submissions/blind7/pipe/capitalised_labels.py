# Learner: right exchange, but writes "Send: ping" / "Recv: pong" / "Done" with capitals
# (the assignment's lines are lowercase and DONE uppercase).
# FAIR: 11/12: format check only (loose lines count for behaviour).
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("Recv: " + msg)
    print("Send: pong")
    conn.send("pong")


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("Send: ping")
    a.send("ping")
    print("Recv: " + a.recv())
    p.join()
    print("Done")
