# wrong: show_num assigns a fresh random number to a local num, so the child does not show the inherited value
import random
import os
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)


def show_num():
    num = random.randint(0, 100)
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method('fork')
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
