# Learner: prints "pid: 1234, num is 56" (a space after the colon): right behaviour,
# slightly wrong wording.
# Fair grade: a teacher docks the format point; the behaviour checks (a forked child, made
# by the parent, same number, own pid) are all right.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid: {}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
