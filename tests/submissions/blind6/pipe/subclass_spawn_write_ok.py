# Learner: Process subclass that keeps its end of the pipe, spawn context
# (get_context('spawn')), sys.stdout.write with explicit flushes, and a "DEBUG:" line in the
# child with its pid. Main closes its copy of the child end.
# FAIR GRADE: 12/12.
import os
import sys
import multiprocessing as mp

class Responder(mp.get_context("spawn").Process):
    def __init__(self, conn):
        super().__init__()
        self.conn = conn

    def run(self):
        sys.stdout.write("DEBUG: responder %d started\n" % os.getpid()); sys.stdout.flush()
        value = self.conn.recv()
        sys.stdout.write("recv: %s\n" % value); sys.stdout.flush()
        sys.stdout.write("send: pong\n"); sys.stdout.flush()
        self.conn.send("pong")

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    mine, theirs = ctx.Pipe()
    r = Responder(theirs)
    r.start()
    theirs.close()
    sys.stdout.write("send: ping\n"); sys.stdout.flush()
    mine.send("ping")
    got = mine.recv()
    sys.stdout.write("recv: %s\n" % got); sys.stdout.flush()
    r.join()
    sys.stdout.write("DONE\n"); sys.stdout.flush()
