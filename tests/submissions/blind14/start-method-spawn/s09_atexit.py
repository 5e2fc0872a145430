import atexit
import multiprocessing
import os
import random

num = random.randint(0, 100)


@atexit.register
def bye():
    print("process {} exiting".format(os.getpid()))


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
