# Student: the child "updates" num before printing: `num += 1` in show_num without
# `global` -> UnboundLocalError in the child, which prints nothing and exits 1.
# FAIR: ~5/9: parent line (1), child exists (2), made by parent (1), no exec (1); child's
# pid (1), same number (2), exit 0 (1) fail. The report should name the UnboundLocalError.
import random
import os
from multiprocessing import Process, set_start_method

num = random.randint(0, 100)


def show_num():
    num += 1
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
