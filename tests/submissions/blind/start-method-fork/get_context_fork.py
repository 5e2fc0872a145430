# Learner: get_context('fork'), child started before the parent prints, sys.stdout.write.
# Expected: full marks.
import multiprocessing as mp
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    sys.stdout.write("pid:{}, num is {}\n".format(os.getpid(), num))


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    p = ctx.Process(target=show_num)
    p.start()
    sys.stdout.write("pid:{}, num is {}\n".format(os.getpid(), num))
    p.join()
