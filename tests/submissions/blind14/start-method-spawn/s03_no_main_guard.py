import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


multiprocessing.set_start_method("spawn", force=True)
print("pid:{}, num is {}".format(os.getpid(), num))
p = multiprocessing.Process(target=show_num)
p.start()
p.join()
