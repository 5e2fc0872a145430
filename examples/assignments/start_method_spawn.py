# The tutorial's start-method example under spawn, as a reference solution: a module-level
# random number, printed by the parent and by a child made with the spawn start method.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
