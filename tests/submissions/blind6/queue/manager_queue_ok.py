# Learner: uses `with Manager() as m: q = m.Queue()` ("the docs say managers are safer"),
# two Processes, sentinel "STOP"; prints "main: manager started" and the exact lines.
# FAIR GRADE: 12/12 (the manager's server process is only a relay).
from multiprocessing import Manager, Process

def writer(q):
    for x in ["x", "y", "z"]:
        print("write, " + x, flush=True)
        q.put(x)
    q.put("STOP")

def reader(q):
    for x in iter(q.get, "STOP"):
        print("read, " + x, flush=True)

if __name__ == "__main__":
    with Manager() as m:
        print("main: manager started", flush=True)
        q = m.Queue()
        w = Process(target=writer, args=(q,))
        r = Process(target=reader, args=(q,))
        w.start(); r.start()
        w.join(); r.join()
    print("DONE", flush=True)
