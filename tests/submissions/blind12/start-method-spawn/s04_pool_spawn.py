import multiprocessing as mp
import os, random
num = random.randint(0, 100)

def show_num(_):
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    pool = ctx.Pool(1)
    pool.apply(show_num, (0,))
    pool.close()
    pool.join()
