# Learner: relies on Linux's default start method (fork) and writes no __main__ guard.
# 中文: Linux 默认就是 fork, 所以不用 set_start_method.
# Fair grade: every check passes (full marks) on Linux with Python 3.11.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print(f"pid:{os.getpid()}, num is {num}")


show_num()
p = multiprocessing.Process(target=show_num)
p.start()
p.join()
