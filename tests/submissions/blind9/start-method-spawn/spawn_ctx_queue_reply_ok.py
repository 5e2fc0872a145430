# Student: correct, spawn context, the child prints its own line and ALSO returns its number
# on a Queue; the parent prints an extra comparison line ("same? False").
# FAIR: full marks 7/7 (extra line is harmless; no all_lines_match check here).
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)


def show_num(q):
    print("pid:{}, num is {}".format(os.getpid(), num), flush=True)
    q.put(num)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    print("pid:{}, num is {}".format(os.getpid(), num), flush=True)
    p = ctx.Process(target=show_num, args=(q,))
    p.start()
    other = q.get()
    p.join()
    print("same? {}".format(other == num))
