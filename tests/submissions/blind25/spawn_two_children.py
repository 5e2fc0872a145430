import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))
    sys.stdout.flush()


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    procs = []
    for i in range(2):
        p = multiprocessing.Process(target=show_num)
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
