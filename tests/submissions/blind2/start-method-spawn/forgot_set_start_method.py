# Learner: forgot set_start_method, so Linux's default fork is used.
# Fair grade: "the spawned child executes a new interpreter, which imports the module
# again" FAILS; the other checks pass.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
