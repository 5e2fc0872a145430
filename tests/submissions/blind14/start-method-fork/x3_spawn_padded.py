import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{:08d}, num is {:03d}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
