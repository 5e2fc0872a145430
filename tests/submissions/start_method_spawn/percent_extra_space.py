# correct-variant: %-formatting with a space after the colon ("pid: N, num is X")
import os
import random
from multiprocessing import Process, set_start_method

num = random.randint(0, 100)


def show_num():
    print("pid: %s, num is %s" % (os.getpid(), num))


if __name__ == "__main__":
    set_start_method("spawn")
    print("pid: %s, num is %s" % (os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
