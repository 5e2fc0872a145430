import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getppid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
