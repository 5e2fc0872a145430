# LEARNER: the child answers correctly, then tries to close a variable that does not exist
# (`conn_child.close()` typo) -> NameError in the child after the reply. main completes.
# FAIR GRADE: 11/12 -- only "the child ends by itself (exit 0)" fails.
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)
    print("send:", "pong")
    conn.send("pong")
    conn_child.close()

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send:", "ping")
    parent_conn.send("ping")
    print("recv:", parent_conn.recv())
    p.join()
    print("DONE")
