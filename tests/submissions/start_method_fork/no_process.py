# wrong: never starts a process, just calls show_num() twice from main (same pid twice)
import random
import os
import multiprocessing

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method('fork')
    show_num()
    show_num()
