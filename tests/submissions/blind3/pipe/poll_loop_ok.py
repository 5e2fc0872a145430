# Learner: main waits for the reply with `while not conn.poll(): time.sleep(0.01)` before
# recv(); child sleeps a little "to simulate work".
# Fair grade: full marks.
import multiprocessing as mp
import time


def worker(conn):
    m = conn.recv()
    print("recv:", m)
    time.sleep(0.3)
    print("send:", "pong")
    conn.send("pong")


if __name__ == "__main__":
    here, there = mp.Pipe()
    p = mp.Process(target=worker, args=(there,))
    p.start()
    print("send:", "ping")
    here.send("ping")
    while not here.poll():
        time.sleep(0.01)
    print("recv:", here.recv())
    p.join()
    print("DONE")
