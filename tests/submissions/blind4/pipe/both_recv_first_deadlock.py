# Learner: both sides call recv() first ("wait for the other to speak"): nobody ever sends,
# the child blocks in recv(), main blocks in recv(): the run is stopped at the timeout.
# Nothing is exchanged or printed but nothing.
# Fair grade: ~2/12 (a child process made by main; nothing else).
from multiprocessing import Pipe, Process

def child(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    reply = a.recv()
    print("recv: " + reply)
    print("send: ping")
    a.send("ping")
    p.join()
    print("DONE")
