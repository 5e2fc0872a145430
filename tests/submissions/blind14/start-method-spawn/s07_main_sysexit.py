import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


def main():
    multiprocessing.set_start_method("spawn")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    sys.exit(main())
