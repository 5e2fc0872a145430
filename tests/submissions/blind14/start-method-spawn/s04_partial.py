import functools
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num(label=""):
    print("{}pid:{}, num is {}".format(label, os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    show_num()
    p = multiprocessing.Process(target=functools.partial(show_num, label=""))
    p.start()
    p.join()
