import multiprocessing
import os
import random

num = random.randint(0, 100)

def show_num(_=None):
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    show_num()
    pool = ctx.Pool(1)
    pool.apply(show_num)
    pool.close()
    pool.join()
