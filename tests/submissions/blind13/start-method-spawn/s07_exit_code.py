import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))
    sys.exit(3)

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
    print("child exit code", p.exitcode)
