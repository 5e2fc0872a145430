import multiprocessing
import logging

def child(conn):
    msg = conn.recv()
    print("[child] received {}".format(msg))
    print("[child] sending pong")
    conn.send("pong")

if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=child, args=(child_end,))
    p.start()
    print("[main] sending ping")
    parent_end.send("ping")
    reply = parent_end.recv()
    print("[main] received {}".format(reply))
    p.join()
    print("DONE")
