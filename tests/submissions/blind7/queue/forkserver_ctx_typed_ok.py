# Learner: uses get_context('forkserver') ("the safest on Linux"), type hints, f-strings,
# reader stops at a None sentinel the MAIN puts after joining the writer.
# FAIR: 12/12.
import multiprocessing as mp
from multiprocessing.queues import Queue as QueueType


def write(q: QueueType) -> None:
    for v in ("A", "B", "C"):
        print(f"write, {v}")
        q.put(v)


def read(q: QueueType) -> None:
    while True:
        v = q.get()
        if v is None:
            break
        print(f"read, {v}")


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    q = ctx.Queue()
    w = ctx.Process(target=write, args=(q,))
    r = ctx.Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    q.put(None)
    r.join()
    print("DONE")
