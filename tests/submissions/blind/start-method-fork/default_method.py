# Learner: relies on the default start method (fork on Linux with Python 3.11), % format.
# Expected: full marks.
from multiprocessing import Process
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:%d, num is %d" % (os.getpid(), num))


if __name__ == "__main__":
    print("pid:%d, num is %d" % (os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
