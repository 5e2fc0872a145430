import argparse
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--method", default="spawn", choices=["fork", "spawn", "forkserver"])
    args = parser.parse_args()
    multiprocessing.set_start_method(args.method)
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
