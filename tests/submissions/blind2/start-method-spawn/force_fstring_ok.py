# Learner: set_start_method('spawn', force=True), f-strings, sys.stdout.write + flush.
# Fair grade: every check passes (full marks).
import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    sys.stdout.write(f"pid:{os.getpid()}, num is {num}\n")
    sys.stdout.flush()


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
