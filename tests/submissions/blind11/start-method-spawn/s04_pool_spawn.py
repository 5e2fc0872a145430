import multiprocessing
import os
import random

num = random.randint(0, 100)

def show_num():
    print("pid:%s, num is %s" % (os.getpid(), num))

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    show_num()
    pool = ctx.Pool(processes=1)
    pool.apply(show_num)
    pool.close()
    pool.join()
