import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = ctx.Process(target=show_num)
    p.start()
    p.join()
