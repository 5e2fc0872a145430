# Learner: main sends ping and the child answers pong, but main never calls recv(): after
# join it just prints "recv: pong" because "that is what the child sends".
# Fair grade: main never received anything: fail "main receives what the child sent" (2) and
# "main prints what it received after the child sent it" (1): ~9/12.
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
    print("send: ping")
    a.send("ping")
    p.join()
    print("recv: pong")
    print("DONE")
