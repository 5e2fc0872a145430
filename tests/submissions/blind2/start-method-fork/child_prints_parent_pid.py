# Learner: passes os.getpid() from the parent as the argument, so the child prints the
# parent's pid instead of its own.
# Fair grade: "the child prints its own pid" FAILS; every other check passes.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num(pid):
    print("pid:{}, num is {}".format(pid, num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show_num(os.getpid())
    p = multiprocessing.Process(target=show_num, args=(os.getpid(),))
    p.start()
    p.join()
