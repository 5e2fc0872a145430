import multiprocessing
import os
import random

num = random.randint(0, 100)

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show = lambda: print("pid:{}, num is {}".format(os.getpid(), num))
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
