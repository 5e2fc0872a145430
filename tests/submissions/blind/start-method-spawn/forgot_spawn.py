# Learner: forgot set_start_method('spawn'): Linux's default (fork) is used.
# Expected: loses "the spawned child executes a new interpreter" (2 points).
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
