import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    with ctx.Pool(1) as pool:
        pool.apply(show_num)
