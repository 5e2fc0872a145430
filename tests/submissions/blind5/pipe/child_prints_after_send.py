# LEARNER: the child sends its reply FIRST and prints "send: pong" after conn.send; main may
# print "recv: pong" before the child's send line.
# FAIR GRADE: 11/12 -- fail "main prints what it received after the child sent it" (1), in every
# run (the send line is not before the send).
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)
    conn.send("pong")
    print("send:", "pong")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send:", "ping")
    parent_conn.send("ping")
    print("recv:", parent_conn.recv())
    p.join()
    print("DONE")
