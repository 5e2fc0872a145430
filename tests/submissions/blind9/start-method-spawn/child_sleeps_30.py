# Student: left `time.sleep(30)` in the child "to watch it in ps". The grader's time limit is
# 20 s: the run is stopped while the child sleeps.
# FAIR: everything the exercise asks was shown; the child does not end by itself in time:
# ~6/7 (lose "child ends by itself"), ending "timed out". Report should say the child was
# asleep (not a deadlock).
import os
import random
import time
import multiprocessing as mp

num = random.randint(0, 100)


def show_num():
    print(f"pid:{os.getpid()}, num is {num}")
    time.sleep(30)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(f"pid:{os.getpid()}, num is {num}")
    p = mp.Process(target=show_num)
    p.start()
    p.join()
