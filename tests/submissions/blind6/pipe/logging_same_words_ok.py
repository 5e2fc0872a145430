# Learner: exact lines on stdout, and logging (stderr) that narrates the same events in other
# words: "MainProcess: sending ping to the child", "Process-1: received ping",
# "Process-1: sending pong back", "MainProcess: received pong".
# FAIR GRADE: 12/12.
import logging
from multiprocessing import Process, Pipe, current_process

logging.basicConfig(level=logging.INFO, format="%(processName)s: %(message)s")

def child(conn):
    msg = conn.recv()
    logging.info("received %s", msg)
    print("recv:", msg)
    logging.info("sending pong back")
    print("send:", "pong")
    conn.send("pong")

if __name__ == "__main__":
    here, there = Pipe()
    p = Process(target=child, args=(there,))
    p.start()
    logging.info("sending ping to the child")
    print("send:", "ping")
    here.send("ping")
    reply = here.recv()
    logging.info("received %s", reply)
    print("recv:", reply)
    p.join()
    print("DONE")
