# correct-variant: extra debug lines (start method name, "starting", child exitcode)
import os
import random
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("debug start method:", multiprocessing.get_start_method())
    print("pid:{}, num is {}".format(os.getpid(), num))
    print("starting")
    p = Process(target=show_num)
    p.start()
    p.join()
    print("debug exitcode", p.exitcode)
