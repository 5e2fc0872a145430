# Student: the forkserver start method (a wrong method for this exercise), with p.join().
# The join under forkserver reads the exit status the forkserver sends after reaping the
# child: that is a wait for the child (blind30: it read as none, -1). Fair: 8/11.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
