# wrong: child kills itself with SIGSEGV right after printing (child exit code -11)
import random
import os
import signal
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num), flush=True)
    os.kill(os.getpid(), signal.SIGSEGV)


if __name__ == "__main__":
    multiprocessing.set_start_method('fork')
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
