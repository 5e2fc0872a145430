# Learner: picked "forkserver" thinking it is the fork method.
# Fair grade: the child is forked by the fork server (a new interpreter main started), not
# by main, and draws its own number: "the child is made by the parent" FAILS and "the child
# sees the parent's number" FAILS (except by chance); "the child runs in a process of its
# own", "the child prints its own pid", "the parent prints its pid" and exit 0 pass.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
