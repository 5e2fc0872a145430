# Learner: picked "forkserver" (thinking it is fork) and seeds random "so the output is
# reproducible": the fork server's fresh interpreter draws the same number as main.
# Fair grade: not the fork start method: the child is forked by the fork server (a new
# interpreter), not by main, and recomputes num (equal only because of the seed). A teacher
# fails "the child is made by the parent" and "the child sees the parent's number" (it
# does not see it, it recomputes it); the rest passes.
import multiprocessing
import os
import random

random.seed(2024)
num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
