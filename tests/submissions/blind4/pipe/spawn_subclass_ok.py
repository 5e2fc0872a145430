# Learner: a Process subclass that keeps its connection as an attribute and overrides
# run(); the start method is spawn (copied from a Windows tutorial), so the connection is
# pickled to a fresh interpreter.
# Fair grade: full marks.
import multiprocessing as mp

class Echo(mp.Process):
    def __init__(self, conn):
        super().__init__()
        self.conn = conn

    def run(self):
        msg = self.conn.recv()
        print(f"recv: {msg}")
        print("send: pong")
        self.conn.send("pong")

if __name__ == "__main__":
    mp.set_start_method("spawn")
    here, there = mp.Pipe()
    e = Echo(there)
    e.start()
    print("send: ping")
    here.send("ping")
    print(f"recv: {here.recv()}")
    e.join()
    print("DONE")
