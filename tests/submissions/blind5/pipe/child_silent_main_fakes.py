# LEARNER: the child receives "ping" and prints it but never sends a reply (the learner forgot
# conn.send). main waits with conn.poll(2), gets nothing, and prints "recv: pong" anyway (the
# value it expected) so the output "looks right".
# FAIR GRADE: 8/12 -- fail "main receives what the child sent" (2) and its dependent "main prints
# what it received after the child sent it" (1); arguably no "send: pong" line exists at all.
# The child printing a send line it never sent is not present here (child prints no send line).
from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("recv:", msg)

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    if parent_conn.poll(2):
        print("recv:", parent_conn.recv())
    else:
        print("recv: pong")
    p.join()
    print("DONE")
