# wrong: sets the start method to 'fork' in the spawn exercise, so the child shows the parent's num
import random
import os
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method('fork')
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
