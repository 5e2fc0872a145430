# correct-variant: get_context('spawn') with f-strings
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)


def show_num():
    print(f"pid:{os.getpid()}, num is {num}")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    show_num()
    p = ctx.Process(target=show_num)
    p.start()
    p.join()
