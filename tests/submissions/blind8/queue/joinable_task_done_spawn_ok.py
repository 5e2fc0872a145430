# LEARNER: get_context('spawn') JoinableQueue; reader calls task_done() for every item and
# stops at a sentinel; writer puts 3 numbers + sentinel; main joins the queue (q.join())
# then both processes, then DONE.
# TARGET: Python 3.13.
# FAIR: 12/12 (full).
import multiprocessing as mp


def writer(q):
    for n in range(3):
        print(f"write, {n}")
        q.put(n)
    q.put(-1)


def reader(q):
    while True:
        n = q.get()
        if n == -1:
            q.task_done()
            break
        print(f"read, {n}")
        q.task_done()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.JoinableQueue()
    w = ctx.Process(target=writer, args=(q,))
    r = ctx.Process(target=reader, args=(q,))
    w.start(); r.start()
    q.join()
    w.join(); r.join()
    print("DONE")
