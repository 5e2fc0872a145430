# Learner: spawn context, Writer/Reader as Process subclasses, os.write(1, ...) for every
# line, reader stops after a count of 3; debug "DEBUG: reader finished after 3 items".
# FAIR GRADE: 12/12.
import os
import multiprocessing as mp

def out(s):
    os.write(1, (s + "\n").encode())

class Writer(mp.get_context("spawn").Process):
    def __init__(self, q):
        super().__init__(); self.q = q
    def run(self):
        for v in (10, 20, 30):
            out("write, %d" % v)
            self.q.put(v)

class Reader(mp.get_context("spawn").Process):
    def __init__(self, q):
        super().__init__(); self.q = q
    def run(self):
        for _ in range(3):
            out("read, %d" % self.q.get())
        out("DEBUG: reader finished after 3 items")

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    w, r = Writer(q), Reader(q)
    w.start(); r.start()
    w.join(); r.join()
    out("DONE")
