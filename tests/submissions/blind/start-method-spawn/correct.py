# Learner: the reference shape with f-strings and flush=True.
# Expected: full marks.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print(f"pid:{os.getpid()}, num is {num}", flush=True)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print(f"pid:{os.getpid()}, num is {num}", flush=True)
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
