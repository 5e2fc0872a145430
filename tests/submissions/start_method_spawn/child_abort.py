# wrong: the child calls os.abort() before printing (SIGABRT)
import random
import os
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)


def show_num():
    os.abort()
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method('spawn')
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
