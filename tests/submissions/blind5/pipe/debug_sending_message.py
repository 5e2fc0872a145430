# LEARNER: correct exchange with the exact lines, plus two debug lines in main:
# "[main] sending message to child..." before the send, and "[main] child finished" after join.
# FAIR GRADE: 12/12 (full; pipe has no only-the-assignment's-lines check, a debug line is harmless).
# Risk: the grader's tolerant "sending <value>" alternative may read "message" as a sent value.
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)
    print("send:", "pong")
    conn.send("pong")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("[main] sending message to child...")
    print("send:", "ping")
    parent_conn.send("ping")
    print("recv:", parent_conn.recv())
    p.join()
    print("[main] child finished")
    print("DONE")
