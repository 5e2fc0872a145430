import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


def make_child():
    multiprocessing.set_start_method("fork")
    return multiprocessing.Process(target=show_num)


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show_num()
    p = make_child()
    p.start()
    p.join()
