# Learner: get_context('spawn'), forgot p.join(); multiprocessing joins non-daemon
# children at exit anyway.
# Expected: full marks.
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:%s, num is %s" % (os.getpid(), num))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print("pid:%s, num is %s" % (os.getpid(), num))
    ctx.Process(target=show_num).start()
