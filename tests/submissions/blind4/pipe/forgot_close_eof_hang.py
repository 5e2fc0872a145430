# Learner: the child serves requests until EOFError; main closes its end after the reply
# to "hang up". But the child (forked) still holds its own copy of parent_conn, so it never
# sees EOF: the child blocks in recv() forever and main's join() never returns: the run is
# stopped at the 20 s timeout. The exchange itself was right and printed in order.
# Fair grade: fifo/order checks pass; fail DONE (1), child exit (1) and the runs-to-its-end
# format check: ~9/12.
from multiprocessing import Pipe, Process

def serve(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        print("recv: %s" % msg)
        print("send: pong")
        conn.send("pong")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=serve, args=(child_conn,))
    p.start()
    print("send: ping")
    parent_conn.send("ping")
    print("recv: %s" % parent_conn.recv())
    parent_conn.close()
    p.join()
    print("DONE")
