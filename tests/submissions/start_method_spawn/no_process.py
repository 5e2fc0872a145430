# wrong: never starts a process; prints the line twice from main (same pid and num)
import random
import os
import multiprocessing

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method('spawn')
    print("pid:{}, num is {}".format(os.getpid(), num))
    show_num()
