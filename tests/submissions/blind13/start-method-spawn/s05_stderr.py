import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)

def show_num():
    sys.stderr.write("pid:{}, num is {}\n".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
