# Learner: ran the child through a spawn Pool(1) with apply, in a `with` block.
# Fair grade: the task runs in a spawned worker that imports the module again: a teacher
# accepts it: every check passes. (The `with` block ends the worker with terminate(), and
# spawn also starts a resource tracker: both are the library's doing, not the learner's.)
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    show_num()
    with ctx.Pool(1) as pool:
        pool.apply(show_num)
