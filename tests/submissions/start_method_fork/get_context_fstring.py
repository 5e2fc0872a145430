# correct-variant: get_context('fork') and f-strings (same "pid:N, num is X" wording)
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)


def show_num():
    print(f"pid:{os.getpid()}, num is {num}")


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    show_num()
    p = ctx.Process(target=show_num)
    p.start()
    p.join()
