import multiprocessing
import os
import random

num = random.randint(0, 100)

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=lambda: print("pid:{}, num is {}".format(os.getpid(), num)))
    p.start()
    p.join()
