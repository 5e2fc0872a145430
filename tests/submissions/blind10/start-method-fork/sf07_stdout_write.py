import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    sys.stdout.write("pid:%s, num is %s\n" % (os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
