# Learner (WRONG): passes the SAME end (parent_conn) to the child that main uses. Main's
# send goes to the other end (child_conn), which nobody reads; the child blocks in recv on
# parent_conn, main blocks in its own recv: deadlock until the grader's timeout.
# FAIR: low: main's "send: ping" is printed, nothing is received: the child role comes
# from structure (child process, made by main: 2+1 pass); fifo/before checks fail, DONE
# never printed, the child never exits (killed at timeout): ~3/12.
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("recv: %s" % msg)
    print("send: pong")
    conn.send("pong")


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(parent_conn,))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    print("recv: %s" % parent_conn.recv())
    p.join()
    print("DONE")
