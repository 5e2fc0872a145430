import multiprocessing
import os
import random


def show_num(num):
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    num = random.randint(0, 100)
    show_num(num)
    p = multiprocessing.Process(target=show_num, args=(num,))
    p.start()
    p.join()
