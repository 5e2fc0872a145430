# Learner: uses Connections as context managers (`with a, b:`), the fork context explicitly,
# and prints the exchange with the seed's verbs plus a banner made by running
# subprocess.run(["echo", "pipe demo"]) in main before the child is started.
# FAIR GRADE: 12/12 (the banner process is not the child of the exercise).
import subprocess
import multiprocessing as mp

def child(conn):
    with conn:
        m = conn.recv()
        print("recv: %s" % m)
        print("send: pong")
        conn.send("pong")

if __name__ == "__main__":
    subprocess.run(["echo", "pipe demo"])
    ctx = mp.get_context("fork")
    a, b = ctx.Pipe()
    with a:
        p = ctx.Process(target=child, args=(b,))
        p.start()
        print("send: ping")
        a.send("ping")
        print("recv: %s" % a.recv())
        p.join()
    print("DONE")
