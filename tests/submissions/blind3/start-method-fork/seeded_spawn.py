# Learner: used spawn (copied from a Windows example) and, to "make the numbers match",
# seeds random at module level: the spawned child imports the module again and draws the
# same number.
# Fair grade: not a fork: fail "the forked child does not execute a new program" and "the
# child sees the parent's number" (it needs the fork): 7/10.
import multiprocessing as mp
import os
import random

random.seed(42)
num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = mp.Process(target=show_num)
    p.start()
    p.join()
